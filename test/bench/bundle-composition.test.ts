// The bench's breakdown of dist/Code.js by source: npm packages folded into one part, largest first.
import {partName, partsOf} from '../../bench/bundle-composition';

describe('partName', () => {
  it('folds a package’s files into the package, scoped or not', () => {
    expect(partName('node_modules/minisearch/dist/es/index.js')).toBe(
      'npm:minisearch',
    );
    expect(partName('node_modules/@xmldom/xmldom/lib/dom.js')).toBe(
      'npm:@xmldom/xmldom',
    );
    expect(partName('src/core/outline.ts')).toBe('src/core/outline.ts');
  });
});

describe('partsOf', () => {
  it('sums bytes per part over outputs and sorts the largest first', () => {
    const parts = partsOf({
      outputs: {
        'Code.js': {
          inputs: {
            'src/core/outline.ts': {bytesInOutput: 100},
            'node_modules/minisearch/dist/a.js': {bytesInOutput: 150},
            'node_modules/minisearch/dist/b.js': {bytesInOutput: 60},
          },
        },
      },
    });
    expect(parts).toEqual([
      {source: 'npm:minisearch', bytes: 210},
      {source: 'src/core/outline.ts', bytes: 100},
    ]);
  });
});
