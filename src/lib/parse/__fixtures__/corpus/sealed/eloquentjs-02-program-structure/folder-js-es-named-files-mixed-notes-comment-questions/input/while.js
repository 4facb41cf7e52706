// while

let paso = 0;
while (paso <= 12) {
  console.log(paso);
  paso = paso + 2;
}

let veces = 0;
let producto = 1;
while (veces < 10) {
  producto = producto * 2;
  veces = veces + 1;
}
console.log(producto);

let miNombre;
do {
  miNombre = prompt("¿Cómo te llamas?");
} while (!miNombre);
console.log(miNombre);
