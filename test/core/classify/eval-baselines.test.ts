// The eval's reference baselines rank as they should on a toy pool: the linear SVM and the centroid both find the section whose words a text shares.
import {rankBaselines, tfidf} from '../../../scripts/eval-baselines';

describe('eval baselines', () => {
  it('TF-IDF vectors are L2-normalized and hold bigrams', () => {
    const [v] = tfidf(['graph neural networks', 'diffusion models']);
    const norm = v.weights.reduce((s, w) => s + w * w, 0);
    expect(norm).toBeCloseTo(1, 9);
    expect(v.terms.length).toBe(5);
  });

  it('ranks the section sharing the words first, leaving out what an item may not see', () => {
    const pool = [
      {key: 'a1', section: 'graphs', text: 'graph neural network node'},
      {key: 'a2', section: 'graphs', text: 'graph convolution node edges'},
      {key: 'a3', section: 'graphs', text: 'message passing graph'},
      {
        key: 'b1',
        section: 'diffusion',
        text: 'diffusion model image denoising',
      },
      {key: 'b2', section: 'diffusion', text: 'score based diffusion sampling'},
      {key: 'b3', section: 'diffusion', text: 'denoising image generation'},
    ];
    const all = new Set(pool.map(p => p.key));
    const withoutA1 = new Set([...all].filter(k => k !== 'a1'));
    const ranks = rankBaselines(pool, [
      {text: 'graph node classification', training: all},
      {text: 'image denoising diffusion', training: withoutA1},
    ]);
    expect(ranks.svm.map(r => r[0])).toEqual(['graphs', 'diffusion']);
    expect(ranks.centroid.map(r => r[0])).toEqual(['graphs', 'diffusion']);
  });
});
