// natural's stemmer modules are imported one by one (importing the package root prints to stdout and
// reads .env); they ship no declarations of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
