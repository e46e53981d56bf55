// The experiment form of issue #11 (review of 2026-12-01): the wheel scrolls the form (item 1),
// the test families (item 4), the episode preview (item 13), help on the labels and a "*" that
// goes when the values are back (item 18).
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QWheelEvent>
#include <QtTest>
#include <algorithm>

#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/comparison_panel.h"
#include "ui/episode_preview.h"
#include "ui/experiment_panel.h"
#include "ui/main_window.h"

using icl::core::TaskFamily;
using icl::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 120000;  // a tiny run takes seconds, also on a loaded machine
constexpr int kNotch = 120;            // one wheel notch (QWheelEvent::angleDelta units)

/// @brief Rolls the wheel over the middle of @p target (positive: away from the user).
void roll(QWidget* target, int delta) {
  const QPointF local(target->width() / 2.0, target->height() / 2.0);
  QWheelEvent event(local, target->mapToGlobal(local), QPoint(), QPoint(0, delta), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(target, &event);
}

/// The first widget of type T under @p root whose tooltip contains @p help.
template <typename T>
T* fieldWithHelp(QWidget* root, const QString& help) {
  for (T* field : root->findChildren<T*>()) {
    if (field->toolTip().contains(help)) {
      return field;
    }
  }
  return nullptr;
}

bool contains(const std::vector<TaskFamily>& families, TaskFamily family) {
  return std::find(families.begin(), families.end(), family) != families.end();
}

bool dirty(const MainWindow& window) { return window.windowTitle().contains(QLatin1Char('*')); }

}  // namespace

class TestExperimentForm : public QObject {
  Q_OBJECT

 private:
  icl::test::WindowTestEnvironment environment_;

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_experiment_form"));
  }

  void init() { environment_.resetSettings(); }

  // #11 item 1: over an unfocused spin box, combo box or slider the wheel scrolls the form and
  // changes nothing; a focused field takes the wheel.
  void wheelScrollsTheFormUnlessTheFieldHasFocus() {
    MainWindow window;
    window.resize(1024, 600);  // short enough that the form scrolls
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* panel = window.experimentPanel();
    QScrollBar* bar = panel->findChild<QScrollArea*>()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    auto* spin = fieldWithHelp<QSpinBox>(panel, QStringLiteral("prototypes per class in training"));
    auto* combo = fieldWithHelp<QComboBox>(panel, QStringLiteral("Training tasks"));
    auto* slider = fieldWithHelp<QSlider>(panel, QStringLiteral("Pair-wise metric tasks"));
    QVERIFY(spin != nullptr && combo != nullptr && slider != nullptr);
    QVERIFY(!dirty(window));
    const int spinValue = spin->value();
    const int comboIndex = combo->currentIndex();
    const int sliderValue = slider->value();
    for (QWidget* field : {static_cast<QWidget*>(spin), static_cast<QWidget*>(combo),
                           static_cast<QWidget*>(slider)}) {
      bar->setValue(0);
      roll(field, -3 * kNotch);  // towards the user: scrolls down
      QVERIFY2(bar->value() > 0, qPrintable(field->metaObject()->className()));
      roll(field, kNotch);
    }
    QCOMPARE(spin->value(), spinValue);
    QCOMPARE(combo->currentIndex(), comboIndex);
    QCOMPARE(slider->value(), sliderValue);
    QVERIFY2(!dirty(window), qPrintable(window.windowTitle()));
    QVERIFY(spin->focusPolicy() != Qt::WheelFocus);  // the wheel alone does not focus it

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    spin->setFocus();
    QVERIFY(spin->hasFocus());
    const int scrolled = bar->value();
    roll(spin, kNotch);
    QCOMPARE(spin->value(), spinValue + 1);
    QCOMPARE(bar->value(), scrolled);
    QVERIFY(dirty(window));
  }

  // #11 item 4: rad joins the test families once it is trained; at least one family is tested.
  void radTrainingAddsRadToTheTestFamilies() {
    MainWindow window;
    auto* panel = window.experimentPanel();
    QVERIFY(!contains(panel->config().eval.families, TaskFamily::Rad));
    QVERIFY(panel->testFamilyField(TaskFamily::Mix)
                ->text()
                .contains(QStringLiteral("the training mixture's proportions")));
    panel->setMixtureWeight(TaskFamily::Rad, 1.0);
    QVERIFY(contains(panel->config().eval.families, TaskFamily::Rad));
    QVERIFY(panel->testFamilyField(TaskFamily::Rad)->isChecked());
    // The user may untick it; another weight change keeps that choice.
    panel->testFamilyField(TaskFamily::Rad)->setChecked(false);
    panel->setMixtureWeight(TaskFamily::Rad, 2.0);
    QVERIFY(!contains(panel->config().eval.families, TaskFamily::Rad));
    QVERIFY(panel->problem().isEmpty());
    for (TaskFamily family :
         {TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Sim, TaskFamily::Rad, TaskFamily::Mix}) {
      panel->testFamilyField(family)->setChecked(false);
    }
    QVERIFY2(panel->problem().contains(QStringLiteral("eval.families")),
             qPrintable(panel->problem()));
    QVERIFY(!window.startAction()->isEnabled());
    // A loaded config keeps its own test families.
    auto config = tinyRunConfig();
    config.task.mixture[TaskFamily::Rad] = 1.0;
    panel->setConfig(config);
    QVERIFY(!contains(panel->config().eval.families, TaskFamily::Rad));
  }

  // #11 item 4: a run trained with rad is tested on rad: the comparison view offers it.
  void aRunTrainedWithRadShowsRadInTheComparison() {
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto* panel = window.experimentPanel();
    panel->setConfig(tinyRunConfig());
    panel->setMixtureWeight(TaskFamily::Rad, 1.0);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    const auto result = icl::test::waitForRunEnd(ended, kRunTimeoutMs);
    QVERIFY2(result.has_value(), "the tiny run did not end");
    QVERIFY2(result->status == icl::core::RunStatus::Completed, result->message.c_str());
    bool offered = false;
    for (QComboBox* combo : window.comparisonPanel()->findChildren<QComboBox*>()) {
      offered = offered || combo->findData(QStringLiteral("rad")) >= 0;
    }
    QVERIFY(offered);
    const QAbstractItemModel* table = window.comparisonPanel()->table()->model();
    QStringList columns;
    for (int column = 0; column < table->columnCount(); ++column) {
      columns.append(table->headerData(column, Qt::Horizontal).toString());
    }
    QVERIFY2(columns.contains(QStringLiteral("rad")), qPrintable(columns.join(u',')));
  }

  // #11 item 13: the preview draws the trained families with N examples each.
  void episodePreviewShowsTheTrainedFamiliesWithN() {
    MainWindow window;
    auto* panel = window.experimentPanel();
    auto* preview = panel->preview();
    const QList<TaskFamily> mixture = {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave};
    QCOMPARE(preview->families(), mixture);
    const int n = static_cast<int>(panel->config().task.length);
    QVERIFY(n != 40);
    QVERIFY2(preview->note().contains(QString::number(n)), qPrintable(preview->note()));
    QVERIFY(!preview->note().contains(QStringLiteral("40")));
    QCOMPARE(preview->pointCount(0), n);

    panel->setMixtureWeight(TaskFamily::Sim, 0.0);
    panel->setMixtureWeight(TaskFamily::Rad, 1.0);
    const QList<TaskFamily> withRad = {TaskFamily::Proto, TaskFamily::Ave, TaskFamily::Rad};
    QTRY_COMPARE(preview->families(), withRad);
    for (int i = 0; i < withRad.size(); ++i) {
      QCOMPARE(preview->pointCount(i), n);
    }
    auto config = panel->config();
    config.task.length = 33;
    config.task.trainFamily = TaskFamily::Ave;
    panel->setConfig(config);
    QCOMPARE(preview->families(), QList<TaskFamily>{TaskFamily::Ave});
    QCOMPARE(preview->pointCount(0), 33);
    QVERIFY2(preview->note().contains(QStringLiteral("33")), qPrintable(preview->note()));
  }

  // #11 item 18: a label explains its field as the field does.
  void everyFormLabelCarriesItsFieldsHelp() {
    MainWindow window;
    auto* panel = window.experimentPanel();
    int labelled = 0;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
      if (label->buddy() == nullptr || label->buddy()->toolTip().isEmpty()) {
        continue;
      }
      QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->text()));
      ++labelled;
    }
    QVERIFY(labelled > 30);
    QStringList bare;
    for (const QString& text :
         {QStringLiteral("d"), QStringLiteral("sim"), QStringLiteral("Train on"),
          QStringLiteral("lr"), QStringLiteral("Experiment"), QStringLiteral("Test families"),
          QStringLiteral("D"), QStringLiteral("dims")}) {
      for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (label->text() == text && label->toolTip().isEmpty()) {
          bare.append(text);
        }
      }
    }
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u',')));
  }

  // #11 item 18: "*" says the values differ from the loaded (or saved) ones.
  void theTitleStarGoesWhenTheValuesAreBack() {
    MainWindow window;
    auto* panel = window.experimentPanel();
    QVERIFY(!dirty(window));
    const double weight = panel->config().task.mixture.at(TaskFamily::Sim);
    panel->setMixtureWeight(TaskFamily::Sim, weight + 1.0);
    QVERIFY(dirty(window));
    panel->setMixtureWeight(TaskFamily::Sim, weight);
    QVERIFY2(!dirty(window), qPrintable(window.windowTitle()));
    panel->setMixtureWeight(TaskFamily::Sim, weight + 2.0);
    const QString path = QDir(environment_.runsRoot()).filePath(QStringLiteral("saved.json"));
    QVERIFY(window.saveConfigTo(path));
    QVERIFY(!dirty(window));
    panel->setMixtureWeight(TaskFamily::Sim, weight);
    QVERIFY(dirty(window));
    panel->setMixtureWeight(TaskFamily::Sim, weight + 2.0);
    QVERIFY(!dirty(window));
  }
};

QTEST_MAIN(TestExperimentForm)
#include "tst_experiment_form.moc"
