// Flujo de control con condición (if)
let n2 = Number(prompt("Escribe un número")); // Pedimos un número (prompt devuelve texto y Number lo pasa a número)
if (!Number.isNaN(n2)) {
  console.log("El cuadrado de tu número es " + n2 * n2);
} // Solo si de verdad es un número

// Un bloque sin {} escrito en una sola línea
if (2 + 2 == 4) console.log("Correcto");
// → Correcto
