// A config's name becomes one safe folder name (#8: "../" in a name escaped the runs folder).
#include <QtTest>

#include <filesystem>
#include <string>

#include "core/store/run_folder_name.h"

using icl::core::runFolderName;
using icl::core::safeFolderComponent;

class TestRunFolderName : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void namesBecomeOneComponent_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "p1-proto" << "p1-proto";
    QTest::newRow("parent") << "../../etc/x" << "etc-x";
    QTest::newRow("only dots") << ".." << "run";
    QTest::newRow("hidden") << ".config" << "config";
    QTest::newRow("absolute") << "/tmp/abs" << "tmp-abs";
    QTest::newRow("backslash") << "..\\win" << "win";
    QTest::newRow("spaces") << "my run 2" << "my-run-2";
    QTest::newRow("option-like") << "--rm" << "rm";
    QTest::newRow("empty") << "" << "run";
    QTest::newRow("inner dots kept") << "a..b" << "a..b";
    QTest::newRow("utf-8 bytes") << QString::fromUtf8("混合 mix") << "mix";
  }
  void namesBecomeOneComponent() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const std::string safe = safeFolderComponent(name.toStdString());
    QCOMPARE(QString::fromStdString(safe), expected);
    // Whatever the name, the folder is a direct child of the runs folder.
    const std::filesystem::path root = "/runs";
    const std::filesystem::path folder = (root / safe).lexically_normal();
    QCOMPARE(QString::fromStdString(folder.parent_path().string()), QStringLiteral("/runs"));
  }

  void longNamesAreCut() {
    QCOMPARE(safeFolderComponent(std::string(300, 'a')).size(), std::size_t{64});
  }

  void folderNameEndsWithTheLocalTime() {
    std::tm when{};
    when.tm_year = 2026 - 1900;
    when.tm_mon = 11;
    when.tm_mday = 1;
    when.tm_hour = 14;
    when.tm_min = 5;
    when.tm_sec = 9;
    when.tm_isdst = -1;
    QCOMPARE(QString::fromStdString(runFolderName("../x", std::mktime(&when))),
             QStringLiteral("x-20261201-140509"));
  }
};

QTEST_APPLESS_MAIN(TestRunFolderName)
#include "tst_run_folder_name.moc"
