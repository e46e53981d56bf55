// The field table of the improving experiments' sections (meta_config.h): "regression" (I1)
// and "meta_meta" (I2), each written and checked only when its experiment is active.
#include "core/config/config_binding.h"

namespace icl::core {
namespace {

void addModelFields(FieldGroup<GptModelConfig> model) {
  model.text("size", &GptModelConfig::size, {"tiny", "small", "standard", "custom"},
             "GARG's tiny 64/3/2, small 128/6/4, standard 256/12/8 (n_embd/n_layer/n_head), "
             "or `custom` with the three numbers");
  model.integer("n_embd", &GptModelConfig::embd, atLeast(1), "width E; set only with `custom`");
  model.integer("n_layer", &GptModelConfig::layers, atLeast(1), "blocks L; set only with `custom`");
  model.integer("n_head", &GptModelConfig::heads, atLeast(1),
                "attention heads H, a divisor of n_embd; set only with `custom`");
}

void addCounterFields(FieldGroup<CurriculumCounterConfig> counter, const std::string& what,
                      const std::string& limit) {
  counter.integer("start", &CurriculumCounterConfig::start, atLeast(1), what + " at step 1");
  counter.integer("end", &CurriculumCounterConfig::end, {},
                  "largest " + what + ": at least start, at most " + limit);
  counter.integer("inc", &CurriculumCounterConfig::inc, atLeast(0),
                  "growth of " + what + " per interval");
  counter.integer("interval", &CurriculumCounterConfig::interval, atLeast(1),
                  "steps between increments; step s uses "
                  "min(start + inc x floor((s-1)/interval), end)");
}

}  // namespace

void addRegressionFields(std::vector<ConfigField>& fields) {
  using R = RegressionConfig;
  FieldGroup<R> regression =
      rootGroup(fields).group("regression", &RunConfig::regression, Experiment::Regression);
  regression.integer("n_dims", &R::nDims, atLeast(1), "D, the input dimension");
  regression.integer("n_positions", &R::nPositions, atLeast(1),
                     "most points per prompt (the model has 2 x n_positions learned positions)");
  addModelFields(regression.group("model", &R::model));
  regression.number("lr", &R::lr, NumberRange::Positive, "Adam learning rate (constant)");
  regression.integer("batch_size", &R::batchSize, atLeast(1), "prompts per step");
  regression.integer("steps", &R::steps, atLeast(1), "steps per arm");
  regression.textSet("arms", &R::arms, {kCurriculumArm, kPlainArm},
                     "each arm is its own model and optimiser, same initial weights, trained in "
                     "lockstep (learners `gpt_curriculum`, `gpt_plain`); `plain` trains at "
                     "dims.end/points.end throughout");
  FieldGroup<CurriculumConfig> curriculum = regression.group("curriculum", &R::curriculum);
  addCounterFields(curriculum.group("dims", &CurriculumConfig::dims), "active input dimensions",
                   "regression.n_dims");
  addCounterFields(curriculum.group("points", &CurriculumConfig::points), "points per prompt",
                   "regression.n_positions");
  FieldGroup<R> eval = regression.nested("eval");
  eval.integer("prompts", &R::evalPrompts, atLeast(1), "fixed, seeded test prompts (all D dims)");
  eval.integer("points", &R::evalPoints, atLeast(0),
               "points per test prompt, at most n_positions; 0 = n_positions");
  eval.integerList("checkpoints", &R::checkpoints, atLeast(1), false,
                   "steps (at most regression.steps) evaluated and saved as "
                   "`checkpoints/<learner>-step<k>.pt`");
  eval.boolean("at_stage_boundaries", &R::evalAtBoundaries,
               "evaluation snapshot after every stage boundary step");
  eval.integer("bootstrap", &R::bootstrap, atLeast(1), "resamples of the 90 % interval");
  eval.boolean("baselines", &R::baselines,
               "least squares, 3-NN, averaging and zero on the same prompts (written at step 0 "
               "and at the last step)");
}

void addMetaMetaFields(std::vector<ConfigField>& fields) {
  using M = MetaMetaConfig;
  FieldGroup<M> meta =
      rootGroup(fields).group("meta_meta", &RunConfig::metaMeta, Experiment::MetaMeta);
  meta.integer("n_dims", &M::nDims, atLeast(1), "D, the input dimension");
  meta.integer("n_positions", &M::nPositions, atLeast(1), "points per prompt");
  addModelFields(meta.group("model", &M::model));
  meta.integer("support_prompts", &M::supportPrompts, atLeast(1),
               "support prompts per meta-step, all from one new training domain");
  meta.integer("query_prompts", &M::queryPrompts, atLeast(1),
               "query prompts per meta-step, from the same domain");
  meta.integer("inner_steps", &M::innerSteps, atLeast(0),
               "MAML inner SGD steps on the support batch (0 = none)");
  meta.number("inner_lr", &M::innerLr, NumberRange::Positive, "inner SGD learning rate");
  meta.boolean("second_order", &M::secondOrder, "differentiate through the inner steps");
  meta.number("meta_lr", &M::metaLr, NumberRange::Positive, "outer Adam learning rate");
  meta.integer("meta_steps", &M::metaSteps, atLeast(1), "meta-steps");
  meta.number("y_scale", &M::yScale, NumberRange::Positive,
              "training domains' output scale: t = y_scale x N(0,1) (design.md §5.5)");
  meta.number("conventional_lr", &M::conventionalLr, NumberRange::Positive,
              "Adam of the conventionally trained `icl` model, trained on the same support and "
              "query prompts of every meta-step");
  meta.number("max_inner_grad_norm", &M::maxInnerGradNorm, NumberRange::Positive,
              "an inner gradient norm above it, or a non-finite loss, ends the run as failed, "
              "naming the meta-step");
  FieldGroup<M> eval = meta.nested("eval");
  eval.integer("domains", &M::testDomains, atLeast(1), "new test domains");
  eval.integer("query_prompts", &M::testQueryPrompts, atLeast(1), "query prompts per domain");
  eval.integerList("support_sizes", &M::supportSizes, atLeast(1), true,
                   "support pool sizes; the smaller pool is a prefix of the larger");
  eval.integer("adapt_steps_meta", &M::adaptStepsMeta, atLeast(0),
               "fine-tuning steps of the meta model");
  eval.integer("adapt_steps_conventional", &M::adaptStepsConventional, atLeast(0),
               "fine-tuning steps of the conventional model");
  eval.number("adapt_lr", &M::adaptLr, NumberRange::Positive, "fine-tuning Adam learning rate");
  eval.integer("adapt_batch", &M::adaptBatch, atLeast(1),
               "prompts per fine-tuning step, drawn from the pool (the same for both models)");
  eval.number("y_scale", &M::testYScale, NumberRange::Positive,
              "test domains' output scale: t = y_scale x N(0,1)");
  eval.integer("bootstrap", &M::bootstrap, atLeast(1), "bootstrap resamples");
  eval.integer("every", &M::evalEvery, atLeast(0),
               "meta-steps between evaluations (0 = at the end only)");
}

}  // namespace icl::core
