#include "ui/learner_style.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

#include "core/config/names.h"

namespace icl::ui {

namespace {

using icl::core::LearnerId;

std::optional<LearnerId> learnerIdOf(const QString& learner) {
  return icl::core::parseLearnerId(learner.toStdString());
}

}  // namespace

QColor learnerColor(const QString& learner) {
  const std::optional<LearnerId> id = learnerIdOf(learner);
  if (!id) {
    // No run of this program writes such a name (a CSV edited by hand): a stable colour anyway.
    const uint hue = qHash(learner) % 360;
    return QColor::fromHsv(static_cast<int>(hue), 160, 200);
  }
  switch (*id) {
    case LearnerId::Icl: return QColor(0xd6, 0x27, 0x28);
    case LearnerId::MatchNet: return QColor(0x1f, 0x77, 0xb4);
    case LearnerId::ProtoNet: return QColor(0x2c, 0xa0, 0x2c);
    case LearnerId::Cnp: return QColor(0xff, 0x7f, 0x0e);
    case LearnerId::GptCurriculum: return QColor(0xd6, 0x27, 0x28);
    case LearnerId::GptPlain: return QColor(0x1f, 0x77, 0xb4);
    case LearnerId::LeastSquares: return QColor(0x2c, 0xa0, 0x2c);
    case LearnerId::Knn3: return QColor(0x94, 0x67, 0xbd);
    case LearnerId::Averaging: return QColor(0xff, 0x7f, 0x0e);
    case LearnerId::Zero: return QColor(0x7f, 0x7f, 0x7f);
    case LearnerId::MetaIclAdapt: return QColor(0xd6, 0x27, 0x28);
    case LearnerId::MetaIcl: return QColor(0xff, 0x98, 0x96);
    case LearnerId::IclAdapt: return QColor(0x1f, 0x77, 0xb4);
  }
  return QColor(0x7f, 0x7f, 0x7f);
}

QString learnerDisplayName(const QString& learner) {
  const std::optional<LearnerId> id = learnerIdOf(learner);
  if (!id) {
    return learner;
  }
  switch (*id) {
    // The paper's names of its learners stay as they are in every language.
    case LearnerId::Icl: return QStringLiteral("ICL");
    case LearnerId::MatchNet: return QStringLiteral("MatchNet");
    case LearnerId::ProtoNet: return QStringLiteral("ProtoNet");
    case LearnerId::Cnp: return QStringLiteral("CNP");
    case LearnerId::GptCurriculum:
      return QCoreApplication::translate("LearnerStyle", "GPT, curriculum");
    case LearnerId::GptPlain:
      return QCoreApplication::translate("LearnerStyle", "GPT, no curriculum");
    case LearnerId::LeastSquares:
      return QCoreApplication::translate("LearnerStyle", "Least squares");
    case LearnerId::Knn3: return QCoreApplication::translate("LearnerStyle", "3-NN");
    case LearnerId::Averaging: return QCoreApplication::translate("LearnerStyle", "Averaging");
    case LearnerId::Zero: return QCoreApplication::translate("LearnerStyle", "Zero");
    case LearnerId::MetaIclAdapt:
      return QCoreApplication::translate("LearnerStyle", "Meta-ICL, adapted");
    case LearnerId::MetaIcl: return QCoreApplication::translate("LearnerStyle", "Meta-ICL");
    case LearnerId::IclAdapt: return QCoreApplication::translate("LearnerStyle", "ICL, adapted");
  }
  return learner;
}

}  // namespace icl::ui
