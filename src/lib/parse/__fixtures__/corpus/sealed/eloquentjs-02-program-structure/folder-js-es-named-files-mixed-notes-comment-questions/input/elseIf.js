// else-if
let cifra = Number(prompt("Escribe un número"));
if (cifra < 10) {
  console.log("Es chico");
} else if (cifra < 100) {
  console.log("Es mediano");
} else {
  console.log("Es grande");
}
