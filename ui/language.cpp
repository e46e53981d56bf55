#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace icl::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

QPointer<QTranslator>& installedTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

// Qt's own strings (the Close and Cancel of standard buttons and dialogs), when the system
// has Qt's translations (Debian: qt6-translations-l10n); without them those stay English.
QPointer<QTranslator>& installedQtTranslator() {
  static QPointer<QTranslator> translator;
  return translator;
}

}  // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

QString languageDisplayName(const QString& code) {
  if (code == QLatin1String("zh_CN")) {
    return QStringLiteral("简体中文");
  }
  return QStringLiteral("English");
}

bool installLanguage(QCoreApplication* app, const QString& code) {
  for (QPointer<QTranslator>* installed : {&installedTranslator(), &installedQtTranslator()}) {
    if (*installed) {
      app->removeTranslator(*installed);
      delete installed->data();
    }
  }
  if (code == QLatin1String("en")) {
    return true;
  }
  auto* translator = new QTranslator(app);
  if (!translator->load(QStringLiteral(":/i18n/icl_lab_%1.qm").arg(code))) {
    delete translator;
    return false;
  }
  app->installTranslator(translator);
  installedTranslator() = translator;
  auto* qtTranslator = new QTranslator(app);
  if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(code),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    app->installTranslator(qtTranslator);
    installedQtTranslator() = qtTranslator;
  } else {
    delete qtTranslator;  // optional: the lab's own strings are what matters
  }
  return true;
}

QString preferredLanguage() {
  const QString saved = QSettings().value(kSettingsKey).toString();
  if (availableLanguages().contains(saved)) {
    return saved;
  }
  const QString system = QLocale::system().name();
  return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void savePreferredLanguage(const QString& code) { QSettings().setValue(kSettingsKey, code); }

}  // namespace icl::ui
