// icl-lab: the desktop window. Logic lives in ui/ and core/; this only sets up the application.

#include <QCommandLineParser>
#include <QIcon>

#include "core/util/build_info.h"
#include "ui/guarded_application.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"

int main(int argc, char* argv[]) {
  icl::ui::GuardedApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("ICL Lab"));
  QApplication::setApplicationName(QStringLiteral("ICL Lab"));
  QApplication::setApplicationVersion(QString::fromUtf8(icl::core::kIclLabVersion));
  QApplication::setDesktopFileName(QStringLiteral("io.github.icl_lab.IclLab"));  // packaging/
  QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.icl_lab.IclLab")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("ICL Lab: in-context learning as meta-learning"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption language(QStringLiteral("lang"),
                                    QStringLiteral("Interface language: en or zh_CN."),
                                    QStringLiteral("code"));
  const QCommandLineOption config(QStringLiteral("config"),
                                  QStringLiteral("Open this experiment config."),
                                  QStringLiteral("file"));
  const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Open this run folder."),
                               QStringLiteral("folder"));
  parser.addOptions({language, config, run});
  parser.process(app);

  icl::ui::registerMetaTypes();
  const QString code =
      parser.isSet(language) ? parser.value(language) : icl::ui::preferredLanguage();
  if (!icl::ui::installLanguage(&app, code)) {
    qWarning("icl-lab: no translation for language '%s', using English", qUtf8Printable(code));
  }

  icl::ui::MainWindow window;
  QObject::connect(&app, &icl::ui::GuardedApplication::exceptionCaught, &window,
                   &icl::ui::MainWindow::showUnexpectedError);
  if (parser.isSet(config)) {
    window.openConfigFile(parser.value(config));
  }
  if (parser.isSet(run)) {
    window.openRunFolder(parser.value(run));
  }
  window.show();
  return QApplication::exec();
}
