// RangeElement and Range: what findText returns and what selections are made of.
import type {Session} from './session';
import type {ElementHandle} from './elements/types';

type GasElement = GoogleAppsScript.Document.Element;

/** A whole element (offsets -1) or a stretch of a Text element (end inclusive). */
export class EmuRangeElement implements Pick<
  GoogleAppsScript.Document.RangeElement,
  'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'
> {
  constructor(
    private readonly session: Session,
    readonly element: ElementHandle,
    readonly startOffset: number,
    readonly endOffsetInclusive: number,
  ) {}

  getElement(): GasElement {
    this.session.call('RangeElement.getElement');
    return this.element as unknown as GasElement;
  }
  getStartOffset(): number {
    this.session.call('RangeElement.getStartOffset');
    return this.startOffset;
  }
  getEndOffsetInclusive(): number {
    this.session.call('RangeElement.getEndOffsetInclusive');
    return this.endOffsetInclusive;
  }
  isPartial(): boolean {
    this.session.call('RangeElement.isPartial');
    return this.startOffset >= 0;
  }
}

export class EmuRange implements Pick<
  GoogleAppsScript.Document.Range,
  'getRangeElements'
> {
  constructor(
    private readonly session: Session,
    readonly elements: readonly EmuRangeElement[],
  ) {}

  getRangeElements(): GoogleAppsScript.Document.RangeElement[] {
    this.session.call('Range.getRangeElements');
    return [
      ...this.elements,
    ] as unknown as GoogleAppsScript.Document.RangeElement[];
  }
}
