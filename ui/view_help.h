#pragma once
// "What am I looking at?" (issue #11): a short text per view for a teacher, shown in one
// non-modal window. A view says which text is its own through a widget property, so the tab
// corner button, F1 and the Help menu find it without a hand-kept list of tabs.

#include <QDialog>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QWidget;

namespace icl::ui {

/// The views that have a help text. Training is the classification Training tab, Regression
/// the same tab when it shows an I1/I2 regression run; Sweep is the across-seed Sweep tab.
enum class HelpTopic {
  Training,
  Regression,
  Curriculum,
  Generalisation,
  Probe,
  Playground,
  Compare,
  Sweep,
};

/// Every topic, in the order of the Help menu.
QList<HelpTopic> helpTopics();
/// @brief The view's name as the Help menu and the help window title show it.
QString helpTitle(HelpTopic topic);
/// @brief The help text (rich text, a few short paragraphs).
QString helpText(HelpTopic topic);

/// @brief Marks @p view (a tab page, a dock) as the owner of @p topic's help.
void setHelpTopic(QWidget* view, HelpTopic topic);
/// @brief The topic of @p widget or of its nearest ancestor that has one; nullopt when none.
std::optional<HelpTopic> helpTopicOf(const QWidget* widget);

/// One keyboard shortcut of a window: where the action is, what it does, its keys.
struct ShortcutRow {
  QString where;   ///< the menu path ("File > Open Recent"), or empty for window-only actions
  QString action;  ///< the action's text without its mnemonic "&"
  QString keys;    ///< the shortcuts in the platform's notation, ", " between two
};

/// @brief Every action of @p window (menus first, in menu order, then the rest) that has a
/// shortcut, read from the actions themselves so the list cannot drift from them.
QList<ShortcutRow> windowShortcuts(QWidget* window);

/// The help window: a title and a text browser; one per main window, reused.
class ViewHelpDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ViewHelpDialog(QWidget* parent = nullptr);
  void showTopic(HelpTopic topic);
  /// @brief Shows a text that belongs to no topic (a view without help).
  void showNote(const QString& title, const QString& html);
  std::optional<HelpTopic> topic() const { return topic_; }
  QTextBrowser* browser() const { return browser_; }

 private:
  QTextBrowser* browser_;
  std::optional<HelpTopic> topic_;
};

/// The entry points to the help: the "?" corner button of the central tabs, F1 (the view that
/// has the focus, else the current tab) and Help > What am I looking at?.
class ViewHelp : public QObject {
  Q_OBJECT

 public:
  /// @param window the main window: F1 is added to it and the help window is its child
  /// @param tabs the central tabs; the corner button opens the help of the current one
  ViewHelp(QWidget* window, QTabWidget* tabs);

  /// @brief Adds the "What am I looking at?" submenu (one entry per topic) to @p help.
  QMenu* addMenuTo(QMenu* help);
  /// @brief Adds Help > Keyboard Shortcuts (the table of windowShortcuts()) to @p help.
  QAction* addShortcutsEntryTo(QMenu* help);
  /// @brief Opens the help window on the table of the window's shortcuts.
  void showShortcuts();
  /// @brief Opens the help window on @p topic and raises it.
  void show(HelpTopic topic);
  /// @brief The help of the widget with the focus, else of the current tab; nullopt if the
  /// current tab has none.
  std::optional<HelpTopic> currentTopic() const;
  /// @brief Opens the help of currentTopic(); a tab without help gets a note saying so.
  void showCurrent();

  QToolButton* cornerButton() const { return cornerButton_; }
  QAction* contextHelpAction() const { return contextHelp_; }
  /// The help window (created on first use).
  ViewHelpDialog* dialog();

 private:
  QWidget* window_;
  QTabWidget* tabs_;
  QToolButton* cornerButton_;
  QAction* contextHelp_;
  ViewHelpDialog* dialog_ = nullptr;
};

}  // namespace icl::ui
