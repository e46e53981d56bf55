#include "ui/learner_style.h"

#include <QCoreApplication>
#include <QHash>

namespace icl::ui {

QColor learnerColor(const QString& learner) {
  static const QHash<QString, QColor> kColors = {
      {QStringLiteral("icl"), QColor(0xd6, 0x27, 0x28)},
      {QStringLiteral("matchnet"), QColor(0x1f, 0x77, 0xb4)},
      {QStringLiteral("protonet"), QColor(0x2c, 0xa0, 0x2c)},
      {QStringLiteral("cnp"), QColor(0xff, 0x7f, 0x0e)},
      {QStringLiteral("gpt_curriculum"), QColor(0xd6, 0x27, 0x28)},
      {QStringLiteral("gpt_plain"), QColor(0x1f, 0x77, 0xb4)},
      {QStringLiteral("least_squares"), QColor(0x2c, 0xa0, 0x2c)},
      {QStringLiteral("knn3"), QColor(0x94, 0x67, 0xbd)},
      {QStringLiteral("averaging"), QColor(0xff, 0x7f, 0x0e)},
      {QStringLiteral("zero"), QColor(0x7f, 0x7f, 0x7f)},
      {QStringLiteral("meta_icl_adapt"), QColor(0xd6, 0x27, 0x28)},
      {QStringLiteral("meta_icl"), QColor(0xff, 0x98, 0x96)},
      {QStringLiteral("icl_adapt"), QColor(0x1f, 0x77, 0xb4)}};
  const auto found = kColors.constFind(learner);
  if (found != kColors.constEnd()) {
    return found.value();
  }
  // Other learners (regression runs) get a stable colour from their name.
  const uint hue = qHash(learner) % 360;
  return QColor::fromHsv(static_cast<int>(hue), 160, 200);
}

QString learnerDisplayName(const QString& learner) {
  static const QHash<QString, const char*> kNames = {
      {QStringLiteral("icl"), "ICL"},
      {QStringLiteral("matchnet"), "MatchNet"},
      {QStringLiteral("protonet"), "ProtoNet"},
      {QStringLiteral("cnp"), "CNP"},
      {QStringLiteral("gpt_curriculum"), QT_TRANSLATE_NOOP("LearnerStyle", "GPT, curriculum")},
      {QStringLiteral("gpt_plain"), QT_TRANSLATE_NOOP("LearnerStyle", "GPT, no curriculum")},
      {QStringLiteral("least_squares"), QT_TRANSLATE_NOOP("LearnerStyle", "Least squares")},
      {QStringLiteral("knn3"), QT_TRANSLATE_NOOP("LearnerStyle", "3-NN")},
      {QStringLiteral("averaging"), QT_TRANSLATE_NOOP("LearnerStyle", "Averaging")},
      {QStringLiteral("zero"), QT_TRANSLATE_NOOP("LearnerStyle", "Zero")},
      {QStringLiteral("meta_icl_adapt"), QT_TRANSLATE_NOOP("LearnerStyle", "Meta-ICL, adapted")},
      {QStringLiteral("meta_icl"), QT_TRANSLATE_NOOP("LearnerStyle", "Meta-ICL")},
      {QStringLiteral("icl_adapt"), QT_TRANSLATE_NOOP("LearnerStyle", "ICL, adapted")}};
  const auto found = kNames.constFind(learner);
  return found == kNames.constEnd() ? learner
                                    : QCoreApplication::translate("LearnerStyle", found.value());
}

}  // namespace icl::ui
