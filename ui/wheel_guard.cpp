#include "ui/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace icl::ui {

namespace {

const char* const kGuardName = "iclWheelGuard";  // one guard per root, found by this name

/// @return the nearest scroll area around @p widget whose viewport holds it, or nullptr
QAbstractScrollArea* enclosingScrollArea(QWidget* widget) {
  for (QWidget* parent = widget->parentWidget(); parent != nullptr;
       parent = parent->parentWidget()) {
    auto* area = qobject_cast<QAbstractScrollArea*>(parent);
    if (area != nullptr && area->viewport()->isAncestorOf(widget)) {
      return area;
    }
  }
  return nullptr;
}

class WheelGuard : public QObject {
 public:
  using QObject::QObject;

  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() != QEvent::Wheel) {
      return false;
    }
    auto* control = qobject_cast<QWidget*>(watched);
    if (control == nullptr || control->hasFocus()) {
      return false;  // a focused control takes the wheel as usual
    }
    // Hand the wheel to the scroll area ourselves: Qt passes an ignored wheel event on to the
    // parents only when it came from the window system, and a popup or a test sends its own.
    auto* wheel = static_cast<QWheelEvent*>(event);
    if (QAbstractScrollArea* area = enclosingScrollArea(control)) {
      QWidget* viewport = area->viewport();
      QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()),
                            wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                            wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                            wheel->source());
      QCoreApplication::sendEvent(viewport, &forwarded);
      return true;
    }
    wheel->ignore();  // no scroll area: nothing scrolls, and the value stays
    return true;
  }
};

bool isGuarded(const QWidget* widget) {
  if (qobject_cast<const QScrollBar*>(widget) != nullptr) {
    return false;  // scroll bars scroll; that is what the wheel is for
  }
  return qobject_cast<const QAbstractSpinBox*>(widget) != nullptr ||
         qobject_cast<const QComboBox*>(widget) != nullptr ||
         qobject_cast<const QAbstractSlider*>(widget) != nullptr;
}

}  // namespace

void guardWheel(QWidget* root) {
  // Found as a plain QObject by its name: WheelGuard has no Q_OBJECT (no signals of its own),
  // and Qt 6.8's findChild<T> requires one in T.
  QObject* guard =
      root->findChild<QObject*>(QString::fromLatin1(kGuardName), Qt::FindDirectChildrenOnly);
  if (guard == nullptr) {
    guard = new WheelGuard(root);
    guard->setObjectName(QString::fromLatin1(kGuardName));
  }
  for (QWidget* widget : root->findChildren<QWidget*>()) {
    if (!isGuarded(widget)) {
      continue;
    }
    if (widget->focusPolicy() == Qt::WheelFocus) {
      widget->setFocusPolicy(Qt::StrongFocus);  // the wheel alone must not focus it
    }
    widget->removeEventFilter(guard);  // installed once, also when called again
    widget->installEventFilter(guard);
  }
}

}  // namespace icl::ui
