import type { SegmentationProfile } from '../../segment/profile.js';

/** German sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const germanSegmentation: SegmentationProfile = {
  titles: ['Hr.', 'Hrn.', 'Fr.', 'Dr.', 'Prof.', 'Dipl.-Ing.', 'Ing.', 'Mag.', 'St.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Gov.', 'Sen.'],
  nonTerminal: [
    'z.B.', 'z.', 'd.h.', 'd.', 'u.a.', 'bzw.', 'vgl.', 'Vgl.', 'sog.', 'ggf.', 'evtl.', 'inkl.', 'zzgl.',
    'ca.', 'bspw.', 'insb.', 'v.a.', 'u.U.', 'z.T.', 'o.ä.', 'vs.',
  ],
  beforeNumber: [
    'Nr.', 'nr.', 'S.', 'Abs.', 'Art.', 'Bd.', 'Kap.', 'Tel.', 'Jan.', 'Feb.', 'Apr.', 'Aug.', 'Sept.', 'Sep.',
    'Okt.', 'Nov.', 'Dez.', 'ca.', 'max.', 'min.',
  ],
  ambiguous: [
    'St.', 'Mt.', 'Jr.', 'Ave.', 'Blvd.',
    'usw.', 'etc.', 'Str.', 'GmbH.', 'AG.', 'Co.', 'e.V.', 'a.D.', 'Jh.', 'Jhd.', 'Mio.', 'Mrd.', 'Tsd.',
    'Inc.', 'Ltd.', 'Corp.', 'U.S.', 'Chr.', 'v.', 'n.',
  ],
  sentenceStarters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr',
    'Man', 'Dies', 'Diese', 'Dieser', 'Dieses', 'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit',
    'Nach', 'Von', 'Vom', 'Vor', 'Zu', 'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Seit', 'Während', 'Wegen',
    'Laut', 'Und', 'Aber', 'Doch', 'Denn', 'Oder', 'Auch', 'Nur', 'Noch', 'Schon', 'So', 'Dann', 'Danach',
    'Deshalb', 'Daher', 'Dennoch', 'Trotzdem', 'Jedoch', 'Zudem', 'Außerdem', 'Allerdings', 'Als', 'Wenn',
    'Weil', 'Da', 'Dass', 'Ob', 'Wie', 'Wo', 'Was', 'Wer', 'Warum', 'Heute', 'Gestern', 'Morgen', 'Nun',
    'Jetzt', 'Hier', 'Dort', 'Damit', 'Dabei', 'Darauf', 'Dafür', 'Bis', 'Alle', 'Viele', 'Einige', 'Mehr',
    'Kein', 'Keine', 'Nicht', 'Sein', 'Seine', 'Ihre', 'Unser', 'Mein', 'Bereits', 'Inzwischen', 'Zuvor',
    'Gegen', 'Ohne', 'Um', 'Durch', 'Zwischen', 'Neben', 'Trotz', 'Ja', 'Nein',
  ],
  ordinalNumbers: true,
  closingQuotes: ['“', '‘', '«', '‹'],
};
