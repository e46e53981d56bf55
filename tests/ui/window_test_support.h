#pragma once
// Shared by the tests that drive the real MainWindow (offscreen): each executable's own
// settings, a temporary runs folder, runs started and awaited, and a scoped environment
// variable for the engine's test hooks.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QByteArray>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

#include "core/config/run_config.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"
#include "ui/metatypes.h"

namespace icl::test {

class WindowTestEnvironment {
 public:
  /// @brief Once per executable (initTestCase): settings of their own, never the user's.
  static void setUpApplication(const QString& testName) {
    QCoreApplication::setOrganizationName(QStringLiteral("ICL Lab Tests"));
    QCoreApplication::setApplicationName(testName);
    icl::ui::registerMetaTypes();
  }

  /// @brief Before each test (init): no saved window state; runs go to a temporary folder.
  void resetSettings() const {
    QSettings().clear();
    QSettings().setValue(QStringLiteral("runs/root"), runs_.path());
  }

  QString runsRoot() const { return runs_.path(); }

 private:
  QTemporaryDir runs_;
};

/// @brief The result of the run that @p ended (a spy on MainWindow::runEnded) reports next;
/// nullopt when none ends within @p timeoutMs.
inline std::optional<icl::core::RunResult> waitForRunEnd(QSignalSpy& ended, int timeoutMs) {
  if (ended.isEmpty() && !ended.wait(timeoutMs)) {
    return std::nullopt;
  }
  return ended.takeFirst().at(0).value<icl::core::RunResult>();
}

/// @brief Shows @p config in @p window, starts it and waits for its end.
inline std::optional<icl::core::RunResult> runToEnd(icl::ui::MainWindow& window,
                                                    const icl::core::RunConfig& config,
                                                    int timeoutMs = 120000) {
  window.experimentPanel()->setConfig(config);
  QSignalSpy ended(&window, &icl::ui::MainWindow::runEnded);
  if (!window.startRun()) {
    return std::nullopt;
  }
  return waitForRunEnd(ended, timeoutMs);
}

/// Answers the next message box (e.g. MainWindow::confirmDiscardEdits) with @p button, as a
/// user would; question() tells what it asked, empty when no box came within five seconds.
class BoxAnswer : public QObject {
 public:
  explicit BoxAnswer(QMessageBox::StandardButton button) : button_(button) {
    timer_.setInterval(20);
    QObject::connect(&timer_, &QTimer::timeout, this, [this] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (box != nullptr && box->button(button_) != nullptr) {
        question_ = box->text() + QLatin1Char('\n') + box->informativeText();
        timer_.stop();
        box->button(button_)->click();
      } else if (++ticks_ > 250) {
        timer_.stop();
      }
    });
    timer_.start();
  }
  QString question() const { return question_; }

 private:
  QMessageBox::StandardButton button_;
  QTimer timer_;
  QString question_;
  int ticks_ = 0;
};

/// Sets an environment variable for one scope (e.g. ICL_TEST_SLOW_MS, core/util/test_hooks.h).
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const QByteArray& value)
      : name_(name), old_(qgetenv(name)), hadOld_(qEnvironmentVariableIsSet(name)) {
    qputenv(name, value);
  }
  ~ScopedEnvironment() {
    if (hadOld_) {
      qputenv(name_, old_);
    } else {
      qunsetenv(name_);
    }
  }
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

 private:
  const char* name_;
  QByteArray old_;
  bool hadOld_;
};

/// The entry of the window's menus whose text, without its "&", is @p text; nullptr if none.
inline QAction* menuAction(const icl::ui::MainWindow& window, const QString& text) {
  for (QAction* menu : window.menuBar()->actions()) {
    if (menu->menu() == nullptr) {
      continue;
    }
    for (QAction* action : menu->menu()->actions()) {
      if (action->text().remove(QLatin1Char('&')) == text) {
        return action;
      }
    }
  }
  return nullptr;
}

}  // namespace icl::test
