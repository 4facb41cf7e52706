// CAPÍTULO 2
// Expresión (un trozo de código que da un valor)
1;
!false;

// Declaración (frase completa que termina en ;) un programa es una serie de declaraciones
5 * 5;

// Vinculación (o variable, sirve para "agarrar" y guardar valores)
let guardado = 5 * 5;

let doce = 12;
console.log(doce * doce); // → 144

let animo = "alegre";
console.log(animo); //-> alegre
animo = "triste";
console.log(animo); //-> triste

// Vinculaciones == Tentáculos
let deudaMario = 150;
deudaMario = deudaMario - 40;
console.log(deudaMario); //->110

let tres = 3,
  cuatro = 4;
console.log(tres + cuatro); // -> 7

// var (antes de let, 2015) y const (valor fijo)
var usuario = "ana";
const bienvenida = "buenas ";
console.log(bienvenida + usuario);

// Valores que retornan las funciones
console.log(Math.min(3, 9)); //->3
console.log(Math.max(3, 9)); //->9

console.log(Math.max(3, 9) * 2); //->18
