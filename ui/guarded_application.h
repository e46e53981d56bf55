#pragma once
// The window's QApplication, with one guard for every slot and event handler: an exception
// that escapes one (a core call on a file nobody foresaw, a bug) would otherwise end the
// program and lose what is on screen. Here it becomes a message and the window stays up.
// Slots that expect a failure still handle it themselves, with a message that fits.

#include <QApplication>
#include <QString>

namespace icl::ui {

class GuardedApplication : public QApplication {
  Q_OBJECT

 public:
  GuardedApplication(int& argc, char** argv);

  bool notify(QObject* receiver, QEvent* event) override;

 Q_SIGNALS:
  /// An exception reached the event loop; @p message is its what(), first line.
  void exceptionCaught(const QString& message);
};

}  // namespace icl::ui
