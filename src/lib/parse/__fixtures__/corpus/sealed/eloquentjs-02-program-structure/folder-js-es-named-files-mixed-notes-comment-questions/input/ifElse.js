// if-else
let n3 = Number(prompt("Escribe un número"));
if (!Number.isNaN(n3)) {
  console.log("El cuadrado de tu número es " + n3 * n3);
} else {
  console.log("Eso no era un número :)");
}
