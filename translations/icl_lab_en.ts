<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the chart as PNG for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerStyle</name>
    <message>
        <source>GPT, curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT, no curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-ICL, adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-ICL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICL, adapted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ComparisonPanel</name>
    <message>
        <source>mix (all families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy against number of shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shots (examples before the query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family: the fixed, seeded test tasks the curves are measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of shots at which the table compares the learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at the chosen number of shots; the best learner of each test family is bold and marked ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at shots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 95% CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI [%1, %2] over %3 test tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::CurriculumPanel</name>
    <message>
        <source>Pause at next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum&apos;s stages; hover a stage to see what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause right after the next stage boundary, once its evaluation snapshot is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and pause again at the next stage boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume and keep training through the stage boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations taken at stage boundaries and checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the error against examples at this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This experiment has no curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at the stage boundary after step %1; its snapshot is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::EpisodePreview</name>
    <message>
        <source>Resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new task of each family from the same generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training task per family: its examples, coloured by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d = %1: showing x0 and x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::ExperimentPanel</name>
    <message>
        <source>Adam learning rate of %1 (constant, as in the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tasks: a single family (the paper&apos;s P1) or a weighted mixture (P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair-wise metric tasks: labels from the nearest of nc random prototypes per class; MatchNet&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-prototype tasks: Gaussian classes around random centres; ProtoNet&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amortization tasks: a random linear rule through the examples&apos; mean; the CNP&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial tasks (inside or outside a circle): no learner&apos;s structure is optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Weight of this family in mixture batches; the proportion is the weight divided by the sum of weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension d of every task (the paper uses 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes C per task; tokens carry 2C label slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per training sequence N; query i sees examples 0..i-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input noise scale sigma; the paper trains at 1 and tests shift at 1..5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sim family: prototypes per class in training tasks (nc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sim family: prototypes per class in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ave: anchor demonstrations in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two anchor examples first in each ave training task (mixture training, design.md §2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ave: anchors in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor demonstrations in ave test tasks (test.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto: anchors in test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One example per class first in proto test tasks (test.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nc (train)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nc (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICL transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s linear-attention transformer that learns in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer layers (the paper uses 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-forward width as a multiple of the token width d + 2C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MatchNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair-wise metric meta-learner (design.md §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity of query and example embeddings: dot product in single-family training, cosine in the mixture (design.md §7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProtoNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-prototype meta-learner (design.md §3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the query like the prototypes; upstream compares the raw query (design.md §7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional Neural Process, amortization-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder and decoder width; 0 means d + 2C as in the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FF mult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser steps; every step draws a fresh batch of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks per batch, shared by all learners so comparisons are paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps between evaluations on the fixed test tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed, seeded test tasks per family; more narrows the 95% confidence intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of test sequences; longer than training shows extrapolation to more shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of every random draw; the same seed and config give the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where LibTorch trains: auto picks CUDA when it sees a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch and OpenBLAS threads; auto uses the measured default (tiny models run fastest on one thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tasks per family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test length N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few-shot classification (P1, P2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regression with a curriculum (I1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-meta-learning over domains (I2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which experiment of the paper to run: the proving part (classification with ICL, MatchNet, ProtoNet and CNP) or one of the meta-level techniques on linear regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPT-2-style model size: tiny 64/3/2, small 128/6/4, standard 256/12/8 (width, layers, heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension D of the regression tasks (paper 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points per prompt; the model has twice as many positions (x and y tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam learning rate, constant (paper 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts per training step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps of each arm (paper 500,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curriculum arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained with the curriculum below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-curriculum arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained at the final dimensions and points throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active dimensions (curriculum over task difficulty): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed, seeded test prompts (paper 1280)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps at which both arms are evaluated and saved, comma-separated (paper 200k, 500k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum (start, end, increment, interval):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear regression (I1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input dimension D (paper 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per prompt (paper 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts of a domain per meta-step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query prompts of a domain per meta-step (paper 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner SGD steps on the support batch (paper 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner SGD learning rate (paper 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second-order MAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiate through the inner steps (paper: yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer Adam learning rate (paper 1e-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-steps, one domain each (paper 100,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output scale of training domains: t = scale x N(0, 1) (paper 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts per new test domain, comma-separated (paper 64, 256, 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune steps of the meta-trained model on a new domain (paper 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test support sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta-meta-learning (I2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ICL transformer is computed: fused (hand-written, fast on the CPU), torch (LibTorch operators, used on CUDA) or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: enter a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::GuardedApplication</name>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::LossChartPanel</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the loss against optimiser steps or seconds since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential moving average of the loss, debiased as in TensorBoard; the raw curve stays faintly visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (raw)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the experiment to the default mixture config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an experiment config (the JSON file the CLI takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Run Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the charts of a finished run, also one made by the CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every chart (PNG, SVG) and CSV of the run to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train every enabled learner on the experiment (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current step (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run after the current step; its folder stays complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Chart (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy Chart (PNG or SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison Table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ICL Lab %1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;A laboratory for in-context learning as meta-learning, after “Why In-Context Learning Models are Good Few-Shot Learners?” (ICLR 2025).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this experiment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the config %1. The current experiment is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current run before opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable ICL Lab run folder. The current experiment is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the runs folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2 · ETA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 after %2 steps (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 · threads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training thread stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Files with the same names will be replaced. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 – ICL Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time ICL Lab starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming from step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action failed and was abandoned: %1
The window and any run in progress go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (killed or crashed; File &gt; Resume Run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RegressionPanel</name>
    <message>
        <source>Test prompts the error is measured on (meta-meta runs: one set per support size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation snapshot (training step) this chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-context examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error / D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::RunResumer</name>
    <message>
        <source>Res&amp;ume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the opened stopped, failed or interrupted run from its last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::StageTimeline</name>
    <message>
        <source>Stage %1, steps %2–%3: input dimensions 1–%4 active (the rest are zero), %5 points per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1
n=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>icl::ui::TrainingWorker</name>
    <message>
        <source>unknown error in the training thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
