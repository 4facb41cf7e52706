// CICLO FOR (pares del 0 al 12)
for (let par = 0; par <= 12; par = par + 2) {
  console.log(par);
}

// CICLO FOR para 2 elevado a 10
let total2 = 1;
for (let vuelta = 0; vuelta < 10; vuelta = vuelta + 1) {
  total2 = total2 * 2;
}
console.log(total2);

// BREAK
for (let candidato = 20; ; candidato = candidato + 1) {
  if (candidato % 7 == 0) {
    console.log(candidato);
    break;
  }
}
