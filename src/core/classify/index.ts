// The section classifier's public face: `../core/classify` keeps resolving here for every caller.
export {paperFromEntry} from './entry-text';
export {buildClassifier, suggestSections} from './model';
export {mathDensity} from './names';
export type {Classifier, ClassifierOptions} from './model';
export {
  type EntryMetadata,
  formatMetadata,
  metadataOf,
  parseMetadata,
} from './enrichment';
