// Unit tests of the section suggestions: each kind of evidence, empty and tiny docs, partial papers, rules against the model.
import {
  buildClassifier,
  mathDensity,
  paperFromEntry,
  suggestSections,
} from '../../src/core/classify';
import type {Block, DocJson, Entry, Outline} from '../../src/core/doc-model';
import {buildOutline, summarizeBlocks} from '../../src/core/outline';
import {DEFAULT_SETTINGS, type Settings} from '../../src/core/settings';
import type {Paper} from '../../src/core/types';

interface Item {
  id: string;
  title: string;
  authors?: string;
  category?: string;
  gist?: string;
}

let nextId = 1;
function item(
  title: string,
  gist: string,
  category = 'cs.LG',
  authors = 'Ann Author, Bob Writer',
): Item {
  return {
    id: `2101.${String(nextId++).padStart(5, '0')}`,
    title,
    gist,
    category,
    authors,
  };
}

/** The add-on's own entry blocks, as samples/giant-doc.ts writes them. */
function entry(i: Item): Block[] {
  const text = `${i.title} - ${i.authors} · Jan 2021 · ${i.category} · arXiv:${i.id}`;
  const blocks: Block[] = [
    {
      type: 'listItem',
      text,
      nesting: 0,
      links: [
        {start: 0, end: i.title.length, url: `https://arxiv.org/abs/${i.id}`},
      ],
      bold: [{start: 0, end: i.title.length}],
    },
  ];
  if (i.gist) blocks.push({type: 'listItem', text: i.gist, nesting: 1});
  return blocks;
}

function doc(sections: Record<string, Item[]>): DocJson {
  const body: Block[] = [{type: 'paragraph', text: 'Papers', heading: 'TITLE'}];
  for (const [name, items] of Object.entries(sections)) {
    body.push({type: 'paragraph', text: name, heading: 'HEADING2'});
    for (const i of items) body.push(...entry(i));
  }
  body.push({type: 'paragraph', text: ''});
  return {body};
}

function outlineOf(d: DocJson): Outline {
  return buildOutline(summarizeBlocks(d.body), {sectionLevel: 2});
}

function paper(fields: Partial<Paper>): Paper {
  return {
    id: '2401.00001',
    version: '1',
    title: '',
    authors: [],
    published: '2024-01-01T00:00:00Z',
    updated: '2024-01-01T00:00:00Z',
    summary: '',
    primaryCategory: '',
    categories: [],
    absUrl: 'https://arxiv.org/abs/2401.00001',
    pdfUrl: 'https://arxiv.org/pdf/2401.00001',
    ...fields,
  };
}

function settings(extra: Partial<Settings> = {}): Settings {
  return {...DEFAULT_SETTINGS, ...extra};
}

const NLP = [
  item(
    'Pretraining language models on web text',
    'masked language model pretraining for text classification',
    'cs.CL',
  ),
  item(
    'Neural machine translation with attention',
    'translation between languages with an attention encoder decoder',
    'cs.CL',
  ),
  item(
    'Question answering over retrieved passages',
    'retrieval of passages for open-domain question answering, language model reader',
    'cs.CL',
  ),
  item(
    'Subword tokenization for language models',
    'byte pair encoding of rare words for translation',
    'cs.CL',
  ),
];
const VISION = [
  item(
    'Residual networks for image recognition',
    'deep convolutional networks for image classification on ImageNet',
    'cs.CV',
    'Kaiming He, Jian Sun',
  ),
  item(
    'Object detection with region proposals',
    'detect objects in images with convolutional features',
    'cs.CV',
    'Kaiming He, Ross Girshick',
  ),
  item(
    'Semantic segmentation of images',
    'pixelwise image segmentation with fully convolutional networks',
    'cs.CV',
  ),
];
const RL = [
  item(
    'Policy gradients for continuous control',
    'reinforcement learning of robot policies from reward',
    'cs.LG',
  ),
  item(
    'Deep Q-learning on Atari games',
    'reinforcement learning agent plays games from pixels, reward signal',
    'cs.LG',
  ),
];

describe('suggestSections', () => {
  const sample = outlineOf(
    doc({NLP, 'Computer Vision': VISION, RL, Inbox: []}),
  );

  it('learns from what is filed: shared words rank the section first, with a reason', () => {
    const result = suggestSections(
      paper({
        title: 'Language model pretraining for translation',
        summary:
          'We pretrain a language model and fine-tune it for machine translation.',
        primaryCategory: 'cs.CL',
        categories: ['cs.CL'],
      }),
      sample,
      settings(),
    );
    expect(result[0].section).toBe('NLP');
    expect(result[0].confidence).toBeGreaterThan(0.5);
    expect(result[0].reasons.join(' | ')).toMatch(
      /\d of your 'NLP' entries share: .*(language|translation)/,
    );
    expect(result).toHaveLength(3);
    const confidences = result.map(r => r.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });

  it('uses shared authors as evidence and says so', () => {
    const result = suggestSections(
      paper({
        title: 'A new backbone',
        summary: 'A backbone network.',
        authors: ['Kaiming He'],
      }),
      sample,
      settings(),
    );
    expect(result[0].section).toBe('Computer Vision');
    expect(result[0].reasons.join(' | ')).toContain(
      "2 of your 'Computer Vision' entries are by Kaiming He",
    );
  });

  it('names the category when it is what the section holds', () => {
    const result = suggestSections(
      paper({
        title: 'Something new',
        summary: 'An approach.',
        primaryCategory: 'cs.CV',
        categories: ['cs.CV'],
      }),
      sample,
      settings(),
    );
    expect(result[0].section).toBe('Computer Vision');
    expect(result[0].reasons).toContain('category cs.CV');
  });

  it('follows explicit rules: category patterns and keywords, with "rule:" reasons', () => {
    const rules = [
      {section: 'RL', categories: ['math.*'], keywords: []},
      {section: 'Computer Vision', categories: [], keywords: ['point cloud']},
    ];
    const byCategory = suggestSections(
      paper({
        title: 'A theorem',
        primaryCategory: 'math.PR',
        categories: ['math.PR'],
      }),
      sample,
      settings({rules}),
    );
    expect(byCategory[0].section).toBe('RL');
    expect(byCategory[0].reasons[0]).toBe('rule: math.*');
    expect(byCategory[0].confidence).toBeGreaterThanOrEqual(0.9);
    const byKeyword = suggestSections(
      paper({
        title: 'Learning on Point Clouds',
        summary: 'We segment each point cloud.',
      }),
      sample,
      settings({rules}),
    );
    expect(byKeyword[0].section).toBe('Computer Vision');
    expect(byKeyword[0].reasons[0]).toBe('rule: keyword "point cloud"');
  });

  it('lets rules win when they contradict the learned model', () => {
    const languagePaper = paper({
      title: 'Language model pretraining for translation',
      summary:
        'masked language model pretraining, machine translation between languages',
      primaryCategory: 'cs.CL',
      categories: ['cs.CL'],
    });
    expect(suggestSections(languagePaper, sample, settings())[0].section).toBe(
      'NLP',
    );
    const rules = [{section: 'RL', categories: ['cs.CL'], keywords: []}];
    const ruled = suggestSections(languagePaper, sample, settings({rules}));
    expect(ruled[0].section).toBe('RL');
    expect(ruled[0].reasons[0]).toBe('rule: cs.CL');
    expect(ruled[1].section).toBe('NLP');
  });

  it('matches a rule category through arXiv aliases, and offers a rule section that does not exist yet as new', () => {
    const rules = [
      {section: 'Numerics', categories: ['math.NA'], keywords: []},
    ];
    const result = suggestSections(
      paper({
        title: 'Fast solvers',
        primaryCategory: 'cs.NA',
        categories: ['cs.NA'],
      }),
      sample,
      settings({rules}),
    );
    expect(result[0]).toMatchObject({section: 'Numerics', isNew: true});
  });

  it('cold start: matches empty sections by name against the taxonomy and synonyms', () => {
    const empty = outlineOf(
      doc({NLP: [], 'Computer Vision': [], RL: [], Ethics: []}),
    );
    const language = suggestSections(
      paper({
        title: 'A parser',
        summary: 'We parse sentences.',
        primaryCategory: 'cs.CL',
        categories: ['cs.CL'],
      }),
      empty,
      settings(),
    );
    expect(language[0].section).toBe('NLP');
    expect(language[0].reasons).toContain('category cs.CL');
    const society = suggestSections(
      paper({
        title: 'Who decides',
        summary: 'Policy questions.',
        primaryCategory: 'cs.CY',
        categories: ['cs.CY'],
      }),
      empty,
      settings(),
    );
    expect(society[0].section).toBe('Ethics');
    const agents = suggestSections(
      paper({
        title: 'Reinforcement learning for trading',
        summary: 'An agent maximizes reward.',
        primaryCategory: 'q-fin.TR',
        categories: ['q-fin.TR'],
      }),
      empty,
      settings(),
    );
    expect(agents[0].section).toBe('RL');
    expect(agents[0].reasons).toContain('mentions "reinforcement learning"');
  });

  it('leans a math-heavy abstract to a section whose name says math', () => {
    const outline = outlineOf(
      doc({
        'ML Math': [item('Kernel methods', 'kernels and gaussian processes')],
        Applications: [
          item(
            'Deploying models in hospitals',
            'clinical deployment of classifiers',
          ),
        ],
      }),
    );
    const abstract =
      'We prove a convergence theorem for stochastic gradient Langevin dynamics on a Riemannian manifold: under a Lipschitz bound on the gradient, the Markov chain converges in Wasserstein distance at a polynomial rate, with an explicit dependence on the dimension and the spectral gap of the operator.';
    expect(mathDensity(abstract)).toBeGreaterThan(0.5);
    expect(
      mathDensity(
        'We deploy a classifier in three hospitals and report how nurses used it during the winter.',
      ),
    ).toBe(0);
    const result = suggestSections(
      paper({title: 'A result', summary: abstract}),
      outline,
      settings(),
    );
    // One entry per section is thin evidence: the Inbox may come first, but the best section is ML Math.
    const best = result.find(s => !s.fallback && !s.isNew);
    expect(best?.section).toBe('ML Math');
    expect(best?.reasons).toContain('math-heavy abstract');
    const plain = suggestSections(
      paper({
        title: 'A result',
        summary:
          'We deploy a classifier in three hospitals and report how nurses used it during the winter months.',
      }),
      outline,
      settings(),
    );
    expect(plain.flatMap(s => s.reasons)).not.toContain('math-heavy abstract');
  });

  it('with no sections, suggests the Inbox and a new section named after the primary category', () => {
    const none = outlineOf({body: [{type: 'paragraph', text: 'Just notes'}]});
    const result = suggestSections(
      paper({
        title: 'A parser',
        primaryCategory: 'cs.CL',
        categories: ['cs.CL'],
      }),
      none,
      settings(),
    );
    expect(result.map(r => [r.section, r.isNew])).toEqual([
      ['Inbox', true],
      ['Computation and Language', true],
    ]);
    expect(result[1].reasons[0]).toBe(
      'new section: Computation and Language (primary category cs.CL)',
    );
  });

  it('with one section, is confident only when the paper resembles it', () => {
    const one = outlineOf(doc({'Computer Vision': VISION}));
    const alike = suggestSections(
      paper({
        title: 'Image classification with deep convolutional networks',
        summary: 'convolutional networks classify images',
        primaryCategory: 'cs.CV',
        categories: ['cs.CV'],
      }),
      one,
      settings(),
    );
    expect(alike[0]).toMatchObject({section: 'Computer Vision'});
    expect(alike[0].confidence).toBeGreaterThan(0.8);
    const unlike = suggestSections(
      paper({
        title: 'Quasar spectra',
        summary: 'Redshift of distant quasars.',
        primaryCategory: 'astro-ph.GA',
        categories: ['astro-ph.GA'],
      }),
      one,
      settings(),
    );
    expect(unlike[0]).toMatchObject({section: 'Inbox', fallback: true});
    expect(unlike[0].reasons[0]).toMatch(
      /^no section is a confident match \(best: 'Computer Vision', \d+%\)$/,
    );
    expect(unlike[1]).toMatchObject({
      section: 'Astrophysics of Galaxies',
      isNew: true,
    });
    expect(unlike[2].section).toBe('Computer Vision');
  });

  it('learns from sections holding a single entry', () => {
    const outline = outlineOf(
      doc({
        Graphs: [
          item(
            'Message passing on molecular graphs',
            'graph neural network predicts molecule properties',
          ),
        ],
        Audio: [
          item(
            'Speech synthesis from text',
            'a vocoder generates raw audio waveforms',
          ),
        ],
        Tabular: [
          item(
            'Gradient boosted trees for tables',
            'boosting beats deep nets on tabular data',
          ),
        ],
      }),
    );
    const result = suggestSections(
      paper({
        title: 'Graph neural networks for molecules',
        summary: 'message passing over molecular graphs',
      }),
      outline,
      settings(),
    );
    expect(result[0].section).toBe('Graphs');
    expect(result[0].reasons.join(' ')).toMatch(
      /1 of your 'Graphs' entries share/,
    );
  });

  it('handles a paper with only a title', () => {
    const result = suggestSections(
      paper({title: 'Reinforcement learning from reward'}),
      sample,
      settings(),
    );
    expect(result[0].section).toBe('RL');
    const nothing = suggestSections(paper({title: ''}), sample, settings());
    expect(nothing[0].section).toBe('Inbox');
    expect(nothing.some(s => s.isNew && s.section !== 'Inbox')).toBe(false);
  });

  it('honours the limit, and lists every section at most once', () => {
    const p = paper({
      title: 'Policy gradients',
      summary: 'reinforcement learning',
    });
    expect(suggestSections(p, sample, settings(), {limit: 1})).toHaveLength(1);
    expect(suggestSections(p, sample, settings(), {limit: 2})).toHaveLength(2);
    const all = suggestSections(p, sample, settings(), {limit: 10});
    expect(all.map(s => s.section).sort()).toEqual([
      'Computer Vision',
      'NLP',
      'RL',
    ]);
  });
});

describe('buildClassifier', () => {
  it('never suggests the Inbox as a learned section and does not learn from it', () => {
    const filled = outlineOf(
      doc({
        RL,
        Inbox: [
          item(
            'Galaxy rotation curves',
            'dark matter halos of spiral galaxies',
            'astro-ph.GA',
          ),
          item(
            'Galaxy mergers',
            'merging galaxies and their dark matter',
            'astro-ph.GA',
          ),
        ],
      }),
    );
    const result = buildClassifier(filled, settings()).suggest(
      paper({
        title: 'Dark matter in galaxies',
        summary: 'galaxy halos',
        primaryCategory: 'astro-ph.GA',
        categories: ['astro-ph.GA'],
      }),
    );
    expect(result[0]).toMatchObject({section: 'Inbox'});
    expect(result[0].isNew).toBeUndefined();
    expect(result.filter(s => s.section === 'Inbox')).toHaveLength(1);
  });

  it('leaves the paper itself out of its evidence, as if it were not filed', () => {
    const full = doc({NLP, 'Computer Vision': VISION, RL});
    const outline = outlineOf(full);
    const target = outline.sections[1].entries[2];
    const own = buildClassifier(outline, settings()).suggest(
      paperFromEntry(target),
    );
    const without: DocJson = {
      body: [
        ...full.body.slice(0, target.start),
        ...full.body.slice(target.end),
      ],
    };
    const removed = suggestSections(
      paperFromEntry(target),
      outlineOf(without),
      settings(),
    );
    expect(own.map(s => s.section)).toEqual(removed.map(s => s.section));
    own.forEach((s, i) =>
      expect(s.confidence).toBeCloseTo(removed[i].confidence, 1),
    );
  });

  it('treats sections with the same heading as one', () => {
    const twice = outlineOf(doc({NLP: NLP.slice(0, 2), RL, nlp: NLP.slice(2)}));
    const result = buildClassifier(twice, settings()).suggest(
      paper({
        title: 'Translation with language models',
        summary: 'language model translation',
      }),
      5,
    );
    expect(result.filter(s => s.section.toLowerCase() === 'nlp')).toHaveLength(
      1,
    );
    expect(result[0].section).toBe('NLP');
  });
});

describe('paperFromEntry', () => {
  const outline = outlineOf(
    doc({
      NLP: [
        {
          id: '1706.03762',
          title: 'Attention Is All You Need',
          authors: 'Ashish Vaswani, Noam Shazeer, Niki Parmar, et al.',
          category: 'cs.CL',
          gist: 'the transformer paper',
        },
      ],
    }),
  );

  it('reads title, authors, categories and notes from an add-on entry', () => {
    const p = paperFromEntry(outline.sections[0].entries[0]);
    expect(p).toMatchObject({
      id: '1706.03762',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      summary: 'the transformer paper',
      primaryCategory: 'cs.CL',
      categories: ['cs.CL'],
      absUrl: 'https://arxiv.org/abs/1706.03762',
    });
  });

  it('keeps a hand-written byline as part of the summary', () => {
    const handWritten: Entry = {
      id: '1512.03385',
      start: 0,
      end: 2,
      title: 'ResNet',
      byline: '- residual connections, 152 layers',
      authors: '',
      notes: ['won ImageNet'],
      categories: [],
      url: 'https://arxiv.org/pdf/1512.03385.pdf',
      written: false,
    };
    expect(paperFromEntry(handWritten)).toMatchObject({
      title: 'ResNet',
      authors: [],
      summary: 'residual connections, 152 layers won ImageNet',
      primaryCategory: '',
    });
  });
});

describe('reasons in words', () => {
  it('names shared plural words as words, not as stems', () => {
    const outline = outlineOf(
      doc({
        Methods: [
          item(
            'Sampling approaches for graphs',
            'matches batches of approaches',
          ),
          item('Two approaches to matching', 'batches of graph approaches'),
          item('Graph approaches revisited', 'approaches with batches'),
        ],
        Other: [item('Quantum chemistry', 'molecules and orbitals')],
      }),
    );
    const [top] = buildClassifier(outline, DEFAULT_SETTINGS).suggest(
      paper({title: 'New approaches with batches', summary: 'Approaches.'}),
    );
    expect(top.section).toBe('Methods');
    const shared = top.reasons.find(r => r.includes('share:'));
    expect(shared).toBeDefined();
    expect(shared).toMatch(/approaches/);
    expect(shared).not.toMatch(/approache(?!s)|batche(?!s)/);
  });
});
