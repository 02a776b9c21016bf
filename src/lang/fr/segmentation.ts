import type { SegmentationProfile } from '../../segment/profile.js';

/** French sentence-segmentation data (see `SegmentationProfile` for how each list is used). */
export const frenchSegmentation: SegmentationProfile = {
  titles: [
    'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Prof.', 'Me.', 'Mgr.', 'Gén.', 'Col.',
    'Cdt.', 'Lt.', 'Sgt.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'Gov.', 'Sen.', 'St.', 'Ste.',
  ],
  nonTerminal: ['p.ex.', 'cf.', 'Cf.', 'c.-à-d.', 'c.à.d.', 'vs.', 'env.', 'resp.', 'ex.', 'Ex.'],
  beforeNumber: [
    'no.', 'No.', 'nº.', 'p.', 'pp.', 'art.', 'Art.', 'vol.', 'Vol.', 'chap.', 'fig.', 'Fig.', 'tél.', 'Tél.',
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'env.', 'min.', 'max.',
  ],
  ambiguous: [
    'St.', 'Mt.', 'Jr.', 'Ave.', 'Blvd.',
    'etc.', 'J.-C.', 'av.', 'apr.', 'S.A.', 'SA.', 'Cie.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'U.S.', 'E.-U.',
    'N.B.', 'Bd.', 'bd.', 'Av.', 'ch.', 'St.',
  ],
  sentenceStarters: [
    'Le', 'La', 'Les', "L'", 'Un', 'Une', 'Des', 'Du', 'De', "D'", 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous',
    'Vous', 'Je', "J'", 'Ce', 'Cet', 'Cette', 'Ces', "C'", 'Cela', 'Ça', 'Mais', 'Et', 'Ou', 'Donc', 'Car',
    'Or', 'Ni', 'Selon', 'Pour', 'Dans', 'En', 'Au', 'Aux', 'À', 'Depuis', 'Après', 'Avant', 'Alors', 'Ainsi',
    'Cependant', 'Pourtant', 'Toutefois', 'Enfin', 'Puis', 'Si', "S'", 'Quand', 'Lorsque', 'Comme', 'Qui',
    'Que', "Qu'", 'Où', 'Mon', 'Ma', 'Mes', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos', 'Tout',
    'Tous', 'Toutes', 'Chaque', 'Aucun', 'Aucune', 'Plusieurs', 'Certains', 'Aujourd', 'Hier', 'Demain',
    'Ici', 'Là', 'Oui', 'Non', 'Plus', 'Sur', 'Sous', 'Par', 'Avec', 'Sans', 'Entre', 'Vers', 'Chez',
    'Contre', 'Pendant', 'Malgré', 'Lors', 'Parmi', 'Outre', 'Même', 'Seul', 'Seulement', 'Encore', 'Déjà',
    "N'", 'Ne', 'Y', 'Il y a',
  ],
};
