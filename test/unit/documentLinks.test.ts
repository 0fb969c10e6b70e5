import * as assert from 'node:assert/strict';
import { doc, lines, service } from '../helpers';

/** The links as `text -> target`. */
function links(text: string): string[] {
  const document = doc(text);
  return service.getDocumentLinks(document).map((l) => `${document.getText(l.range)} -> ${l.target}`);
}

describe('document links', () => {
  it('opens document symbols in the Official Document System', () => {
    assert.deepEqual(
      links('Taking note of E/CN.15/2019/11 and A/CONF.222/RPM.1/1, A/70/90/Add.1 and E/2012/30 and Corr.1.'),
      [
        'E/CN.15/2019/11 -> https://undocs.org/E/CN.15/2019/11',
        'A/CONF.222/RPM.1/1 -> https://undocs.org/A/CONF.222/RPM.1/1',
        'A/70/90/Add.1 -> https://undocs.org/A/70/90/Add.1',
        'E/2012/30 -> https://undocs.org/E/2012/30',
      ],
    );
  });

  it('keeps the year of a Security Council symbol', () => {
    assert.deepEqual(links('Recalling S/RES/2524 (2020),'), ['S/RES/2524 (2020) -> https://undocs.org/S/RES/2524(2020)']);
  });

  it('links resolution numbers to the General Assembly when no other organ is named', () => {
    assert.deepEqual(links('Recalling resolution 70/1 and resolutions 66/179, 67/184 and 68/185,'), [
      '70/1 -> https://undocs.org/A/RES/70/1',
      '66/179 -> https://undocs.org/A/RES/66/179',
      '67/184 -> https://undocs.org/A/RES/67/184',
      '68/185 -> https://undocs.org/A/RES/68/185',
    ]);
    assert.deepEqual(links('Recalling General Assembly resolution [70/1](#),'), ['70/1 -> https://undocs.org/A/RES/70/1']);
  });

  it('links Economic and Social Council resolutions by year, and no other organ’s', () => {
    assert.deepEqual(links('Recalling Economic and Social Council resolution 2013/40 and Commission on Narcotic Drugs resolution 52/13,'), [
      '2013/40 -> https://undocs.org/E/RES/2013/40',
    ]);
    assert.deepEqual(links('Recalling Security Council resolution 70/1 and Human Rights Council resolution 56/5,'), []);
  });

  it('reads “its resolution” as the resolution of the organ that speaks', () => {
    const assembly = lines('Draft resolution', '', 'Title', '', 'The General Assembly,', '', 'Recalling its resolution 56/119,');
    assert.deepEqual(links(assembly), ['56/119 -> https://undocs.org/A/RES/56/119']);
    const commission = lines('Resolution 22/1', '', 'Title', '', 'The Commission on Crime Prevention and Criminal Justice,', '', 'Recalling its resolution 21/2,');
    assert.deepEqual(links(commission), []);
  });
});
