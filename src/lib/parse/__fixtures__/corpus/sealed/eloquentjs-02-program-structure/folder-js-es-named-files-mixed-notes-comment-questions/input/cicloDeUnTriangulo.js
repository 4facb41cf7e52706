/*Ejercicios
1. Ciclo de un triángulo 
    Con un ciclo, llama siete veces a ``console.log`` para dibujar este triángulo: 
    ``#`` 
    ``## ``
    ``###`` 
    ``####`` 
    ``#####`` 
    ``######`` 
    ``#######``

Ayuda saber que el largo de un *string* se obtiene poniendo ``.length`` al final:
let xyz = "xyz"; console.log(xyz.length); */

let fila = "#";
while (fila.length < 7) {
  console.log(fila);
  fila = fila + "#";
}
