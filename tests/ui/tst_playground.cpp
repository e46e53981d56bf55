// The Playground tab (#10 item 5) driven like a user: points added by clicks, one dragged, one
// deleted, the regions change, the cursor read-out shows numbers, exports load back, and runs
// the playground cannot show are explained.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "core/training/trainer.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/decision_region_view.h"
#include "ui/main_window.h"
#include "ui/playground_view.h"

using icl::ui::DecisionRegionView;
using icl::ui::PlaygroundView;

namespace {

constexpr int kTimeoutMs = 60000;

/// Largest change between two probability grids of the same size (or 1 if the sizes differ).
double largestChange(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size() || a.empty()) {
    return 1.0;
  }
  double largest = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    largest = std::max(largest, std::abs(static_cast<double>(a[i]) - b[i]));
  }
  return largest;
}

QPoint at(const DecisionRegionView* view, double x, double y) {
  return view->toWidget(x, y).toPoint();
}

}  // namespace

class TestPlayground : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_playground"));
    QVERIFY(temp_.isValid());
    runDir_ = QDir(temp_.path()).filePath(QStringLiteral("run"));
    icl::core::TrainOptions options;
    options.outDir = runDir_.toStdString();
    icl::core::RunControl control;
    const icl::core::RunResult result = icl::core::train(tinyRunConfig(), options, {}, control);
    QCOMPARE(static_cast<int>(result.status), static_cast<int>(icl::core::RunStatus::Completed));
  }

  void init() { environment_.resetSettings(); }

  void addDragAndDeleteChangeTheRegions() {
    PlaygroundView view([] { return QString(); });
    view.resize(1200, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openRun(runDir_));
    view.setSupport({});
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    DecisionRegionView* icl = view.panel(0);
    QVERIFY(icl->hasRegions());
    std::vector<float> before = icl->classZero();

    // Two clicks: a class-0 point on the left, a class-1 point on the right.
    QTest::mouseClick(icl, Qt::LeftButton, Qt::NoModifier, at(icl, -2.0, 0.0));
    view.findChild<QToolButton*>(QStringLiteral("playgroundClass1"))->click();
    QTest::mouseClick(icl, Qt::LeftButton, Qt::NoModifier, at(icl, 2.0, 0.5));
    QCOMPARE(view.support().points.size(), std::size_t{2});
    QCOMPARE(view.support().labels, (std::vector<int64_t>{0, 1}));
    QVERIFY(std::abs(view.support().points[0][0] + 2.0f) < 0.1f);
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    QVERIFY2(largestChange(before, icl->classZero()) > 1e-3, "two points changed nothing");
    for (int panel = 0; panel < 4; ++panel) {
      QVERIFY2(view.panel(panel)->hasRegions(), qPrintable(view.panel(panel)->message()));
    }

    // Drag the class-1 point from (2, 0.5) to (0.5, 2.5): press, move, release.
    before = icl->classZero();
    const std::vector<float> protoBefore = view.panel(2)->classZero();
    QTest::mousePress(icl, Qt::LeftButton, Qt::NoModifier, at(icl, 2.0, 0.5));
    QTest::mouseMove(icl, at(icl, 1.2, 1.5));
    QTest::mouseMove(icl, at(icl, 0.5, 2.5));
    QTest::mouseRelease(icl, Qt::LeftButton, Qt::NoModifier, at(icl, 0.5, 2.5));
    QCOMPARE(view.support().points.size(), std::size_t{2});
    QVERIFY(std::abs(view.support().points[1][0] - 0.5f) < 0.1f);
    QVERIFY(std::abs(view.support().points[1][1] - 2.5f) < 0.1f);
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    QCOMPARE(icl->classZero().size(), std::size_t(PlaygroundView::kFullGrid * PlaygroundView::kFullGrid));
    QVERIFY2(largestChange(before, icl->classZero()) > 1e-3, "the drag changed nothing");
    QVERIFY2(largestChange(protoBefore, view.panel(2)->classZero()) > 1e-3,
             "ProtoNet ignored the drag");

    // Select the first point and delete it with the Delete key; then right-click the other.
    before = icl->classZero();
    QTest::mouseClick(icl, Qt::LeftButton, Qt::NoModifier, at(icl, -2.0, 0.0));
    QCOMPARE(view.selectedPoint(), 0);
    QTest::keyClick(&view, Qt::Key_Delete);
    QCOMPARE(view.support().points.size(), std::size_t{1});
    QCOMPARE(view.support().labels.front(), int64_t{1});
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    QVERIFY2(largestChange(before, icl->classZero()) > 1e-3, "the deletion changed nothing");
    QTest::mouseClick(icl, Qt::RightButton, Qt::NoModifier, at(icl, 0.5, 2.5));
    QVERIFY(view.support().points.empty());
  }

  void cursorShowsEveryLearnersProbability() {
    PlaygroundView view([] { return QString(); });
    QVERIFY(showOnTheTrainedRun(view));
    QTest::mouseMove(view.panel(1), at(view.panel(1), 1.0, -1.0));
    const QString text = view.cursorText();
    QVERIFY2(text.contains(QStringLiteral("P(class 0)")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("ICL transformer [01]\\.\\d{3}"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("CNP [01]\\.\\d{3}"))),
             qPrintable(text));
  }

  void firstKChangesWhatTheLearnersSee() {
    PlaygroundView view([] { return QString(); });
    view.resize(1200, 720);
    view.show();
    QVERIFY(view.openRun(runDir_));
    QVERIFY(view.loadPreset(QStringLiteral("proto-32")));
    QCOMPARE(view.support().points.size(), std::size_t{32});
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    const std::vector<float> all = view.panel(0)->classZero();
    view.findChild<QSpinBox*>(QStringLiteral("playgroundFirstK"))->setValue(3);
    QCOMPARE(view.usedSupport().points.size(), std::size_t{3});
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    QVERIFY(largestChange(all, view.panel(0)->classZero()) > 1e-3);
  }

  void exportWritesPngAndSvgThatLoad() {
    PlaygroundView view([] { return QString(); });
    QVERIFY(showOnTheTrainedRun(view));
    QTemporaryDir out;
    const QString allPng = QDir(out.path()).filePath(QStringLiteral("all.png"));
    const QString allSvg = QDir(out.path()).filePath(QStringLiteral("all.svg"));
    const QString iclPng = QDir(out.path()).filePath(QStringLiteral("icl.png"));
    const QString iclSvg = QDir(out.path()).filePath(QStringLiteral("icl.svg"));
    for (const auto& [index, path] : {std::pair{-1, allPng}, std::pair{-1, allSvg},
                                      std::pair{0, iclPng}, std::pair{0, iclSvg}}) {
      const QString error = view.exportPanels(index, path);
      QVERIFY2(error.isEmpty(), qPrintable(error));
      QVERIFY(QFileInfo(path).size() > 0);
    }
    const QImage all(allPng);
    const QImage one(iclPng);
    QVERIFY(!all.isNull() && !one.isNull());
    QVERIFY(all.width() > 4 * one.width());  // five panels side by side
    QCOMPARE(one.size(), view.panel(0)->size());
    QSvgRenderer svg(allSvg);
    QVERIFY(svg.isValid());
    QVERIFY(QSvgRenderer(iclSvg).isValid());
    QVERIFY(view.exportPanels(0, QDir(out.path()).filePath(QStringLiteral("x.jpg")))
                .contains(QStringLiteral(".png or .svg")));
  }

  void aRunOfAnotherDimensionIsExplained() {
    QTemporaryDir dir;
    icl::core::RunConfig config = tinyRunConfig();
    config.task.d = 3;
    std::ofstream(QDir(dir.path()).filePath(QStringLiteral("config.json")).toStdString())
        << config.toJsonText();
    PlaygroundView view([] { return QString(); });
    view.show();
    QVERIFY(!view.openRun(dir.path()));
    QVERIFY2(view.offReason().contains(QStringLiteral("d = 2")), qPrintable(view.offReason()));
    QVERIFY(view.offReason().contains(QStringLiteral("d = 3")));
    QVERIFY(!view.panel(0)->hasRegions());
    QVERIFY(view.panel(0)->message().contains(QStringLiteral("d = 3")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("playgroundBanner"))->isVisible());
  }

  void aMissingCheckpointIsShownInItsPanelOnly() {
    QTemporaryDir copy;
    const std::filesystem::path dir = std::filesystem::path(copy.path().toStdString()) / "run";
    std::filesystem::copy(runDir_.toStdString(), dir, std::filesystem::copy_options::recursive);
    std::filesystem::remove(dir / "checkpoints" / "cnp-final.pt");
    PlaygroundView view([] { return QString(); });
    view.resize(1200, 720);
    view.show();
    QVERIFY(view.openRun(QString::fromStdString(dir.string())));
    QTRY_VERIFY_WITH_TIMEOUT(view.upToDate(), kTimeoutMs);
    for (int panel = 0; panel < 3; ++panel) {
      QVERIFY2(view.panel(panel)->hasRegions(), qPrintable(view.panel(panel)->message()));
    }
    QVERIFY(!view.panel(3)->hasRegions());
    QVERIFY2(view.panel(3)->message().contains(QStringLiteral("cnp-final.pt")),
             qPrintable(view.panel(3)->message()));
  }

  void theWindowHasAPlaygroundTabOnItsRun() {
    icl::ui::MainWindow window;
    QTabWidget* tabs = window.viewTabs();
    auto* view = window.findChild<PlaygroundView*>();
    QVERIFY(view != nullptr);
    QVERIFY(tabs->indexOf(view) >= 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Playground"));
  }

 private:
  /// Shows @p view at 1200x720 on the trained run and waits until every panel is drawn.
  bool showOnTheTrainedRun(PlaygroundView& view) const {
    view.resize(1200, 720);
    view.show();
    return QTest::qWaitForWindowExposed(&view) && view.openRun(runDir_) &&
           QTest::qWaitFor([&view] { return view.upToDate(); }, kTimeoutMs);
  }

  icl::test::WindowTestEnvironment environment_;
  QTemporaryDir temp_;
  QString runDir_;
};

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
