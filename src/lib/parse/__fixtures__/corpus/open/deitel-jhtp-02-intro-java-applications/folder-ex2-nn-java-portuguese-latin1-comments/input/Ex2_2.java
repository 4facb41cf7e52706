package chapter2;

public class Ex2_2 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.2
 * 
 * a) FALSO, o compilador descarta os comentários de fim de linha, que vão das barras duplas até o fim daquela mesma linha
 * 
 * b) VERDADEIRO
 * 
 * c) FALSO, para o Java maiúsculas e minúsculas são coisas distintas
 * 
 * d) FALSO, o operador de resto funciona também com operandos que não são inteiros
 * 
 * e) FALSO, seguem a ordem da matemática: antes vêm multiplicação, divisão e resto (*, / e %), da esquerda para a direita, e só depois soma e subtração (+ e -), também da esquerda para a direita.
 * 
 */

