// A curated lexicon of ML topics: the words papers of each topic usually use, so a section name attracts its papers before it holds any.
/**
 * Topic (as a section name would say it) -> the words its papers' titles
 * and abstracts usually carry. Written for Paper Haul from the vocabulary of
 * the field (arXiv's category descriptions in taxonomy-words.ts cover the
 * broad areas; this adds the words inside them); no list was copied. Keys
 * and words are matched after `root` (words.ts), so "attacks", "attacking"
 * and "attack" are one word. Keep each list to words that point to the
 * topic on their own: a word shared by many topics ("model", "learning")
 * says nothing and is left out. Data only: the server build reads it from
 * dist/ServerData.html on first use (scripts/bundle.js), out of dist/Code.js.
 */
export function topicWords(): Record<string, string> {
  return {
    'weak supervision':
      'weak weakly supervision label labeling labelling noisy noise programmatic snorkel distant crowdsourcing annotation annotator heuristic labeler',
    data: 'data dataset datasets curation annotation label labeling benchmark augmentation synthetic corpus collection',
    'reinforcement learning':
      'reinforcement policy reward agent agents q-learning actor critic atari game games control mdp exploration offline bandit planning self-play environment go chess shogi trajectory replay value',
    rl: 'reinforcement policy reward agent q-learning actor critic atari game games control exploration offline bandit planning self-play environment chess shogi replay',
    speech:
      'speech audio asr tts speaker acoustic voice waveform phoneme spoken vocoder sound prosody recognition synthesis text-to-speech transcription raw',
    audio: 'audio sound speech music acoustic waveform spectrogram raw',
    music: 'music musical melody song symbolic audio composition',
    speaker: 'speaker verification identification diarization voice embedding',
    voice: 'voice conversion speaker speech timbre',
    synthesis: 'synthesis tts text-to-speech vocoder tacotron prosody waveform',
    recognition: 'recognition asr end-to-end ctc transducer acoustic',
    ethics:
      'ethics ethical fairness fair bias biased social societal harm harms risk risks discrimination accountability transparency values policy toxicity toxic gender stereotypes debiasing responsible',
    society:
      'social societal society harm harms risk policy values impact ethical fairness people human',
    fairness:
      'fair fairness bias biased debiasing discrimination demographic parity equal equality opportunity disparate group protected',
    bias: 'bias biased debiasing fairness stereotype gender discrimination',
    efficiency:
      'efficient efficiency energy carbon compression compressing pruning quantization quantized distillation distilled sparse sparsity low-rank memory latency mobile fast faster compute cost cheaper lightweight smaller',
    energy:
      'energy carbon power consumption footprint emissions green efficient',
    reproducibility:
      'reproducibility reproducible replication replicate variance reporting baselines seeds experimental evaluation rigor significance progress reality check benchmarks worrying troubling study',
    math: 'theorem proof bound bounds convex kernel gaussian bayesian posterior variational stochastic differential equation equations probability probabilistic distance distances transport optimal sampler sampling monte carlo hamiltonian markov inference manifold spectral matrix estimation uncertainty',
    nlp: 'language languages text translation sentence sentences word words question answering bert token tokens parsing dialogue summarization passage corpus linguistic reading comprehension lm llm llms chat instruction',
    language:
      'language languages text translation sentence word question answering bert token parsing dialogue summarization corpus linguistic llm llms',
    vision:
      'image images visual vision object detection segmentation convolutional cnn pixel video scene r-cnn detector recognition imagenet',
    adversarial:
      'adversarial attack attacks perturbation perturbations robustness robust backdoor poisoning trojan evasion defense defence certified vulnerability vulnerabilities fool',
    attack:
      'attack attacks adversarial jailbreak injection exploit poisoning backdoor',
    defense:
      'defense defence defending robust robustness certified detection mitigation guard',
    robustness:
      'robust robustness adversarial perturbation corruption shift certified',
    generative:
      'generative generation generator diffusion gan gans vae autoencoder autoencoders flow flows denoising synthesis score-based likelihood density',
    graph:
      'graph graphs node nodes edge gnn gnns message passing relational molecule molecular link embedding network networks',
    privacy:
      'privacy private differential membership inference leakage extraction memorization unlearning federated',
    security:
      'security secure attack attacks vulnerability malware threat exploit jailbreak injection',
    optimization:
      'optimizer optimizers gradient descent sgd adam learning rate convergence momentum batch schedule minimization minima loss landscape adaptive',
    theory:
      'theory theoretical generalization bound bounds provably provable proof convergence overparameterized over-parameterized implicit descent information bottleneck',
    systems:
      'distributed parallel parallelism gpu gpus memory serving inference hardware compiler cluster throughput pipeline scale trillion accelerator',
    alignment:
      'alignment aligned safety rlhf harmless helpful human feedback preference preferences reward red-teaming',
    safety: 'safety safe alignment harmful harmless risk red-teaming guardrail',
    'self-supervised':
      'self-supervised contrastive pretext representation unsupervised pretraining masked invariance',
    video: 'video videos temporal action frame frames clip motion',
    '3d': '3d point cloud depth geometry mesh shape shapes',
    geometry: '3d point cloud depth geometry mesh shape pose',
    recommendation:
      'recommendation recommender recommenders collaborative filtering user users item items',
    'time series': 'time series forecasting temporal sequential',
    interpretability:
      'interpretability interpretable explanation explanations explainable saliency attribution shap',
    uncertainty:
      'uncertainty calibration calibrated bayesian confidence ensemble ensembles probabilistic',
    detection:
      'detection detecting detector detect watermark watermarking classifier',
    jailbreak: 'jailbreak jailbreaking jailbroken red-teaming harmful attack',
    'prompt injection': 'prompt injection injected indirect instruction',
    poisoning: 'poisoning poison backdoor trojan trigger',
    backdoor: 'backdoor backdoors trojan trigger poisoning',
    survey: 'survey review overview tutorial',
  };
}
