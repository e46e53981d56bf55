#include "ui/learner_style.h"

#include <QHash>

namespace icl::ui {

QColor learnerColor(const QString& learner) {
  static const QHash<QString, QColor> kColors = {
      {QStringLiteral("icl"), QColor(0xd6, 0x27, 0x28)},
      {QStringLiteral("matchnet"), QColor(0x1f, 0x77, 0xb4)},
      {QStringLiteral("protonet"), QColor(0x2c, 0xa0, 0x2c)},
      {QStringLiteral("cnp"), QColor(0xff, 0x7f, 0x0e)}};
  const auto found = kColors.constFind(learner);
  if (found != kColors.constEnd()) {
    return found.value();
  }
  // Other learners (regression runs) get a stable colour from their name.
  const uint hue = qHash(learner) % 360;
  return QColor::fromHsv(static_cast<int>(hue), 160, 200);
}

QString learnerDisplayName(const QString& learner) {
  static const QHash<QString, QString> kNames = {{QStringLiteral("icl"), QStringLiteral("ICL")},
                                                 {QStringLiteral("matchnet"), QStringLiteral("MatchNet")},
                                                 {QStringLiteral("protonet"), QStringLiteral("ProtoNet")},
                                                 {QStringLiteral("cnp"), QStringLiteral("CNP")}};
  return kNames.value(learner, learner);
}

}  // namespace icl::ui
