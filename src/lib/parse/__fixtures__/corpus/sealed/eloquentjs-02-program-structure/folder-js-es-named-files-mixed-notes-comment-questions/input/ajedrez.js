/* 3. Tablero de ajedrez      
Haz un programa que arme un *string* con una cuadrícula de 8 × 8, 
separando las filas con saltos de línea. Cada casilla de la 
cuadrícula tiene un espacio o un carácter "#". Entre todas deben 
parecer un tablero de ajedrez. Al pasar el *string* a ``console.log`` 
se debería ver más o menos así: 
 # # # # 
# # # # 
 # # # # 
# # # # 
 # # # # 
# # # # 
 # # # # 
# # # #
        
Cuando el patrón salga bien, crea una vinculación 
tamaño = 8 y ajusta el programa para que sirva con cualquier tamaño, mostrando 
una cuadrícula de ese alto y ese ancho*/

let size = 8;
let tablero = "";
for (f = 0; f < size; f++) {
  for (let c = 0; c < size; c++) {
    if ((f + c) % 2 == 0) {
      tablero += "#";
    } else {
      tablero += " ";
    }
  }
  tablero += "\n";
}
console.log(tablero);

// Otra manera
let mitad = Number(prompt("Escribe un número")) / 2;
let vueltas = 0;
while (vueltas < mitad) {
  console.log(` # # # #\n# # # #`);
  vueltas++;
}
