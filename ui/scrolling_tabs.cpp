#include "ui/scrolling_tabs.h"

#include <QScrollArea>
#include <QSizePolicy>
#include <QTabWidget>
#include <QVariant>

namespace icl::ui {

namespace {

const char* const kOwnPolicy = "iclOwnSizePolicy";  // a hidden page's policy while it is hidden

/// @brief Lets only the current page of @p tabs count for its minimum size: a hidden page's
/// size policy is Ignored (a QStackedLayout counts every page) until it is shown again.
void sizeToCurrentPage(QTabWidget* tabs) {
  for (int i = 0; i < tabs->count(); ++i) {
    QWidget* page = tabs->widget(i);
    const QVariant own = page->property(kOwnPolicy);
    if (!own.isValid()) {
      page->setProperty(kOwnPolicy, QVariant::fromValue(page->sizePolicy()));
    }
    const QSizePolicy policy = i == tabs->currentIndex()
                                   ? page->property(kOwnPolicy).value<QSizePolicy>()
                                   : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    if (page->sizePolicy() != policy) {
      page->setSizePolicy(policy);
    }
  }
  tabs->updateGeometry();
}

}  // namespace

QWidget* scrollingTabs(QTabWidget* tabs) {
  auto* scroll = new QScrollArea;
  scroll->setObjectName(QStringLiteral("centralScroll"));
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidgetResizable(true);
  scroll->setWidget(tabs);
  sizeToCurrentPage(tabs);
  QObject::connect(tabs, &QTabWidget::currentChanged, scroll, [tabs] { sizeToCurrentPage(tabs); });
  return scroll;
}

}  // namespace icl::ui
