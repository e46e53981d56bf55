#pragma once
// The window's central tabs on a small screen (review of 2026-12-01, items 2 and 17): they
// scroll rather than impose their minimum size on the window, so that it fits a 1024x768
// screen, and only the page on screen counts, so that a wide page (Playground) does not make
// the others scroll.

class QTabWidget;
class QWidget;

namespace icl::ui {

/// @brief Puts @p tabs into a scroll area that shows the current page at least at its minimum
/// size and scrolls when the window is smaller.
/// @return the scroll area, to be the window's central widget; @p tabs keeps its pages
QWidget* scrollingTabs(QTabWidget* tabs);

}  // namespace icl::ui
