#pragma once
// The interface language: English (the source strings) or Simplified Chinese, from the
// translations compiled into the app (translations/*.ts, qt_add_translations).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace icl::ui {

/// Language codes offered in the View menu, "en" first.
QStringList availableLanguages();
/// @brief The language's own name ("English", "简体中文").
QString languageDisplayName(const QString& code);
/// @brief Installs the translator for @p code on the application (replacing an earlier one).
/// @return false when no translation for @p code is compiled in ("en" always succeeds)
bool installLanguage(QCoreApplication* app, const QString& code);
/// The language saved in QSettings, or the system's when it is offered, else "en".
QString preferredLanguage();
void savePreferredLanguage(const QString& code);

}  // namespace icl::ui
