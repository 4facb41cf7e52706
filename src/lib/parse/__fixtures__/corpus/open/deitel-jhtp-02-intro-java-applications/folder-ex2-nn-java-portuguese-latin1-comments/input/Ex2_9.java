package chapter2;

public class Ex2_9 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.9
 * 
 * a) FALSO, só alguns são avaliados da esquerda para a direita
 * 
 * b) VERDADEIRO
 * 
 * c) FALSO, a precedência dos operadores aritméticos é que manda na ordem.
 * 
 * d) FALSO, nome de variável não pode começar com dígito.
 * 
 */
