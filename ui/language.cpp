#include "ui/language.h"

#include <QCoreApplication>
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

}  // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

QString languageDisplayName(const QString& code) {
  if (code == QLatin1String("zh_CN")) {
    return QStringLiteral("简体中文");
  }
  return QStringLiteral("English");
}

bool installLanguage(QCoreApplication* app, const QString& code) {
  QPointer<QTranslator>& current = installedTranslator();
  if (current) {
    app->removeTranslator(current);
    delete current;
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
  current = translator;
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
