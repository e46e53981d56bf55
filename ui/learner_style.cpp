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

/// The references of issue #10 that are not trained learners (generalisation.csv, probe.csv):
/// the algorithm-selection baseline, the oracle and the plug-in rules of design.md §6.
struct Reference {
  const char* name;
  QColor color;
};
const Reference kReferences[] = {
    {"selection", QColor(0x8c, 0x56, 0x4b)},    {"oracle", QColor(0x33, 0x33, 0x33)},
    {"nearest_mean", QColor(0x17, 0xbe, 0xcf)}, {"cosine_vote", QColor(0xbc, 0xbd, 0x22)},
    {"mean_offset", QColor(0xe3, 0x77, 0xc2)},
};

const Reference* referenceOf(const QString& learner) {
  for (const Reference& reference : kReferences) {
    if (learner == QLatin1String(reference.name)) {
      return &reference;
    }
  }
  return nullptr;
}

}  // namespace

QColor learnerColor(const QString& learner) {
  const std::optional<LearnerId> id = learnerIdOf(learner);
  if (const Reference* reference = referenceOf(learner); !id && reference != nullptr) {
    return reference->color;
  }
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

bool isPluginRule(const QString& learner) {
  return learner == QLatin1String("nearest_mean") || learner == QLatin1String("cosine_vote") ||
         learner == QLatin1String("mean_offset");
}

QString referenceDisplayName(const QString& learner) {
  if (learner == QLatin1String("selection")) {
    return QCoreApplication::translate("LearnerStyle", "Selection (leave-one-out)");
  }
  if (learner == QLatin1String("oracle")) {
    return QCoreApplication::translate("LearnerStyle", "Oracle selection");
  }
  if (learner == QLatin1String("nearest_mean")) {
    return QCoreApplication::translate("LearnerStyle", "Nearest class mean");
  }
  if (learner == QLatin1String("cosine_vote")) {
    return QCoreApplication::translate("LearnerStyle", "Cosine vote");
  }
  if (learner == QLatin1String("mean_offset")) {
    return QCoreApplication::translate("LearnerStyle", "Mean offset");
  }
  return learner;
}

QString learnerDisplayName(const QString& learner) {
  const std::optional<LearnerId> id = learnerIdOf(learner);
  if (!id) {
    return referenceDisplayName(learner);
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
