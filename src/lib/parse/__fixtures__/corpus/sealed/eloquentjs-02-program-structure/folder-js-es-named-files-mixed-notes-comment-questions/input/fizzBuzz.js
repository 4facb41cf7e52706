/* 
        
2. FizzBuzz
Haz un programa que con ``console.log`` muestre los números del 1 al 100, 
salvo dos casos. Si el número es múltiplo de 3, muestra ``"Fizz"`` en vez del número, 
y si es múltiplo de 5 (pero no de 3), muestra ``"Buzz"`` en vez del número. 
Cuando eso funcione, cambia el programa para que muestre ``" FizzBuzz"``, 
en los números que son múltiplos de 3 y de 5 a la vez (y siga mostrando ``"Fizz"`` o ``"Buzz"`` 
en los que solo son múltiplos de uno de los dos). (Dicen que es una pregunta típica de 
entrevistas que deja fuera a muchos aspirantes a 
programador. Si te sale, ya vales un poco más en el mercado)

*/

// declaramos el contador
let valor = 1;
while (valor <= 100) {
  // Tope
  if (valor % 3 == 0 && valor % 5 == 0) {
    console.log("FizzBuzz");
  } else if (valor % 3 == 0) {
    console.log("Fizz");
  } else if (valor % 5 == 0) {
    console.log("Buzz");
  } else {
    console.log(valor);
  }
  valor++; // sumamos uno
}
console.log("terminado"); // Esto se ejecuta al salir del while

// Segunda forma
for (k = 1; k <= 100; k++) {
  if (k % 3 === 0 && k % 5 === 0) {
    console.log("FizzBuzz");
  } else if (k % 3 === 0) {
    console.log("Fizz");
  } else if (k % 5 === 0) {
    console.log("Buzz");
  } else {
    console.log(k);
  }
}
