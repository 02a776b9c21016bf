import type { SegmentationProfile } from '../../segment/profile.js';

/** Italian sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const italianSegmentation: SegmentationProfile = {
  titles: [
    'Sig.', 'Sigg.', 'Sig.ra', 'Sig.ri', 'Sig.na', 'Dott.', 'Dott.ssa', 'Dott.sa', 'Dr.',
    'Dott.ri', 'Prof.', 'Prof.ssa', 'Proff.', 'Ing.', 'Avv.', 'Arch.', 'Geom.', 'Rag.',
    'On.', 'Sen.', 'Gen.', 'Col.', 'Cap.', 'Ten.', 'Magg.', 'Mar.', 'Brig.', 'Amm.', 'Mons.',
    'Card.', 'Rev.', 'Egr.', 'Gent.', 'Gent.mo', 'Gent.ma', 'Spett.', 'Preg.', 'Ill.', 'Ill.mo',
    'Pres.', 'Mr.', 'Mrs.', 'Ms.', 'Fra.', 'Sr.',
  ],
  nonTerminal: [
    'p.es.', 'P.es.', 'es.', 'Es.', 'cfr.', 'Cfr.', 'vs.', 'ca.', 'c.a.', 'ovv.', 'risp.',
    'cosid.', 'pt.',
  ],
  beforeNumber: [
    'n.', 'N.', 'nn.', 'nr.', 'Nr.', 'num.', 'pag.', 'pagg.', 'Pag.', 'p.', 'pp.', 'vol.', 'Vol.',
    'art.', 'Art.', 'artt.', 'cap.', 'Cap.', 'par.', 'co.', 'comma.', 'lett.', 'fig.', 'Fig.',
    'tab.', 'Tab.', 'tav.', 'tel.', 'Tel.', 'cell.', 'fax.', 'km.', 'h.',
    'gen.', 'feb.', 'mar.', 'apr.', 'mag.', 'giu.', 'lug.', 'ago.', 'set.', 'sett.', 'ott.', 'nov.', 'dic.',
    'Gen.', 'Feb.', 'Mar.', 'Apr.', 'Mag.', 'Giu.', 'Lug.', 'Ago.', 'Set.', 'Sett.', 'Ott.', 'Nov.', 'Dic.',
    'min.', 'max.', 'ca.', 'circa.',
  ],
  ambiguous: [
    'S.p.A.', 'S.p.a.', 'SpA.', 'S.r.l.', 'S.r.l.s.', 'Srl.', 'S.n.c.', 'S.a.s.', 'S.c.a.r.l.',
    'S.c.r.l.', 'Soc.', 'Coop.', 'Cons.', 'F.lli.', 'Bros.', 'Inc.', 'Ltd.', 'Co.',
    'Corp.', 'U.S.', 'U.S.A.', 'U.K.', 'U.E.', 'O.N.U.', 'ecc.', 'etc.', 'al.', 'S.', 'St.', 'Mt.', 'Jr.',
    'Ss.', 'SS.', 'Pza.', 'Reg.', 'Prov.', 'Dip.', 'Univ.', 'Ist.',
    'Min.', 'Sez.', 'Uff.', 'Dir.', 'Amm.',
  ],
  sentenceStarters: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', "L'", 'Un', 'Uno', 'Una', "Un'", 'Ma', 'E', 'Ed', 'O',
    'Od', 'Se', 'Non', 'Né', 'Si', 'Ci', 'Vi', 'Ne', 'Mi', 'Ti', 'Questo', 'Questa', 'Questi',
    'Queste', 'Quello', 'Quella', 'Quelli', 'Quelle', 'Quel', 'Lui', 'Lei', 'Loro', 'Noi', 'Voi',
    'Io', 'Tu', 'Egli', 'Esso', 'Essa', 'Essi', 'In', 'Nel', 'Nello', 'Nella', 'Nei', 'Negli',
    'Nelle', "Nell'", 'Per', 'Con', 'Su', 'Sul', 'Sulla', 'Tra', 'Fra', 'Da', 'Dal', 'Dalla',
    'Dai', 'Dagli', 'Dalle', "Dall'", 'Di', 'Del', 'Della', 'Dei', 'Degli', 'Delle', "Dell'", 'A',
    'Al', 'Alla', 'Ai', 'Agli', 'Alle', "All'", 'Secondo', 'Inoltre', 'Tuttavia', 'Intanto',
    'Poi', 'Dopo', 'Prima', 'Quando', 'Mentre', 'Anche', 'Già', 'Oggi', 'Ieri', 'Domani', 'Come',
    'Cosa', 'Che', 'Perché', 'Perciò', 'Quindi', 'Dunque', 'Infatti', 'Invece', 'Insomma',
    'Pertanto', 'Però', 'Oppure', 'Ora', 'Adesso', 'Allora', 'Così', 'Chi', 'Dove', 'Quale',
    'Quali', 'Quanto', 'Quanti', 'Tutto', 'Tutti', 'Tutte', 'Ogni', 'Ciascun', 'Molti', 'Molte',
    'Alcuni', 'Alcune', 'Nessuno', 'Nessun', 'Altri', 'Altre', 'Altro', "C'è", "C'", 'È', 'Era',
    'Sono', 'Sarà', 'Ha', 'Hanno', 'Aveva', 'Sì', 'No', 'Solo', 'Anzi', 'Eppure', 'Sebbene',
    'Benché', 'Nonostante', 'Malgrado', 'Qui', 'Là', 'Lì', 'Sempre', 'Mai',
  ],
};
