// Find's ML synonym and abbreviation table: data only, which the server build reads from dist/ServerData.html on first use (scripts/bundle.js).

/**
 * Ways of saying the same thing in ML papers. Each row is one meaning; a
 * query word or phrase in a row also finds the row's other members.
 * Sources: the abbreviations are the usual ones of ML writing, which arXiv
 * abstracts spell out on first use ("reinforcement learning (RL)"); the
 * GPU / CUDA / hardware and nondeterminism / randomness / seeds rows are
 * the paraphrases issue 18 quotes; the last rows are common wordings of the
 * same idea (self-driving for autonomous driving, word vectors for word
 * embeddings). Written for this table, not copied from a thesaurus.
 */
export function synonymRows(): string[][] {
  return [
    ['rl', 'reinforcement learning'],
    ['deep rl', 'deep reinforcement learning'],
    [
      'rlhf',
      'reinforcement learning from human feedback',
      'human feedback',
      'human preferences',
    ],
    ['asr', 'speech recognition', 'speech to text'],
    ['tts', 'text to speech', 'speech synthesis'],
    ['lm', 'language model'],
    ['llm', 'large language model', 'language model'],
    ['nlp', 'natural language processing'],
    ['nmt', 'neural machine translation', 'machine translation', 'translation'],
    ['gnn', 'graph neural network'],
    ['gcn', 'graph convolutional network', 'graph convolution'],
    ['cnn', 'convolutional neural network', 'convnet', 'convolution'],
    ['rnn', 'recurrent neural network', 'lstm'],
    ['gan', 'generative adversarial network'],
    ['vae', 'variational autoencoder', 'variational auto-encoder'],
    ['vit', 'vision transformer'],
    ['mlp', 'multilayer perceptron'],
    ['sgd', 'stochastic gradient descent'],
    ['nas', 'neural architecture search'],
    ['ood', 'out of distribution', 'distribution shift'],
    ['dp', 'differential privacy'],
    ['moe', 'mixture of experts'],
    ['kd', 'knowledge distillation', 'distillation'],
    ['wl', 'weisfeiler lehman'],
    ['iot', 'internet of things'],
    ['gpu', 'cuda', 'graphics card', 'hardware', 'accelerator'],
    [
      'nondeterminism',
      'randomness',
      'random seed',
      'seeds',
      'variance',
      'stochasticity',
    ],
    [
      'self driving',
      'autonomous driving',
      'autonomous vehicle',
      'automated driving',
    ],
    ['word vectors', 'word embeddings'],
    ['jailbreak', 'adversarial attack', 'attack'],
  ];
}
