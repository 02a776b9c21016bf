import type { SegmentationProfile } from '../../segment/profile.js';

/** English sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const englishSegmentation: SegmentationProfile = {
  titles: [
    'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Messrs.', 'Mmes.', 'Dr.', 'Drs.', 'Prof.', 'Profs.',
    'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Gov.', 'Lt.', 'Gen.', 'Col.', 'Capt.', 'Cmdr.', 'Cdr.',
    'Maj.', 'Sgt.', 'Cpl.', 'Pvt.', 'Adm.', 'Brig.', 'Rev.', 'Hon.', 'Pres.', 'Supt.', 'Det.',
    'Insp.', 'Fr.', 'Msgr.', 'Atty.', 'Amb.', 'Sec.', 'Treas.', 'Pfc.', 'Ens.',
    'Mme.', 'Mlle.', 'Sr.', 'Sra.', 'Srta.',
  ],
  nonTerminal: [
    'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'viz.', 'approx.', 'ca.', 'c.', 'incl.', 'esp.', 'resp.',
    'Vs.', 'E.g.', 'I.e.', 'Cf.', 'Approx.',
  ],
  beforeNumber: [
    'No.', 'Nos.', 'no.', 'nos.', 'Nr.', 'nr.', 'p.', 'pp.', 'P.', 'Pp.', 'vol.', 'Vol.', 'vols.',
    'ch.', 'Ch.', 'chap.', 'Chap.', 'art.', 'Art.', 'sec.', 'Sec.', 'fig.', 'Fig.', 'figs.', 'Figs.',
    'ed.', 'Ed.', 'ver.', 'v.', 'para.', 'Para.', 'tel.', 'Tel.', 'ext.', 'Ext.', 'Rt.', 'Hwy.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
    'est.', 'Est.', 'approx.', 'ca.', 'c.', 'circa.', 'min.', 'max.', 'avg.',
  ],
  ambiguous: [
    'U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'U.A.E.', 'D.C.', 'N.Y.', 'L.A.', 'S.F.',
    'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Cos.', 'Bros.', 'Plc.', 'LLC.', 'Jr.', 'Sr.', 'Esq.', 'Ph.D.',
    'St.', 'Ave.', 'Blvd.', 'Mt.', 'Ft.', 'Dept.', 'Univ.', 'Assn.', 'Intl.', 'Natl.',
    'a.m.', 'p.m.', 'A.M.', 'P.M.', 'etc.', 'al.',
    'S.p.A.', 'S.r.l.', 'S.A.', 'N.V.', 'B.V.', 'AG.', 'GmbH.',
  ],
  sentenceStarters: [
    'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', "It's", 'He',
    'She', 'We', 'They', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'One', 'Some',
    'Many', 'Most', 'Much', 'All', 'Any', 'Each', 'Every', 'Both', 'Few', 'No', 'None', 'Not',
    'Nor', 'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Also', 'Then', 'Now', 'Thus', 'Hence',
    'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Instead', 'Indeed', 'Nevertheless',
    'Nonetheless', 'Therefore', 'Otherwise', 'Although', 'Though', 'Because', 'Since', 'While',
    'When', 'Whenever', 'Where', 'Whether', 'If', 'Unless', 'Until', 'After', 'Before', 'As',
    'At', 'By', 'For', 'From', 'In', 'Into', 'On', 'Of', 'Over', 'Under', 'With', 'Without',
    'To', 'During', 'Despite', 'According', 'Last', 'Next', 'Earlier', 'Later', 'Today',
    'Yesterday', 'Tomorrow', 'What', 'Why', 'How', 'Who', 'Whom', 'Whose', 'Which', 'Such',
    'Other', 'Another', 'Only', 'Even', 'Just', 'Yes', 'Such', 'Is', 'Are', 'Was', 'Were', 'Do',
    'Does', 'Did', 'Can', 'Could', 'Will', 'Would', 'Should', 'May', 'Might', 'Must', 'Let',
  ],
};
