#include "ui/guarded_application.h"

#include <exception>

namespace icl::ui {

GuardedApplication::GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject* receiver, QEvent* event) {
  // Qt passes exceptions from slots back up through QMetaObject::activate to here; catching
  // them in notify() is the one place that sees them all.
  try {
    return QApplication::notify(receiver, event);
  } catch (const std::exception& error) {
    const QString what = QString::fromUtf8(error.what());
    Q_EMIT exceptionCaught(what.section(QLatin1Char('\n'), 0, 0));
  } catch (...) {
    Q_EMIT exceptionCaught(tr("an unknown error"));
  }
  return false;
}

}  // namespace icl::ui
