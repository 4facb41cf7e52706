// Flujo de control en línea recta
let n1 = Number(prompt("Escribe un número"));
console.log("El cuadrado de tu número es " + n1 * n1);
