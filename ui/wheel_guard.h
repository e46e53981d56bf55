#pragma once
// The mouse wheel over a control panel scrolls the panel. A spin box, combo box or slider that
// the pointer merely passes over must not change (review of 2026-12-01, item 1): it takes the
// wheel only once it has keyboard focus (a click or Tab), as in most desktop applications.

class QWidget;

namespace icl::ui {

/// @brief Guards every spin box, combo box and slider under @p root (scroll bars excepted):
/// they no longer take focus from the wheel (Qt::StrongFocus instead of Qt::WheelFocus), and
/// a wheel event over one without focus scrolls the nearest enclosing scroll area instead.
/// Call it once, after @p root's controls are built; calling it again guards new controls.
void guardWheel(QWidget* root);

}  // namespace icl::ui
