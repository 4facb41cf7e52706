package chapter2;

public class Ex2_7 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.7
 * 
 * a) Comentários que documentam
 * 
 * b) Operador/Estrutura de Decisão
 * 
 * c) De expressão/De cálculo
 * 
 * d) Divisão / Resto
 * 
 * e) O conjunto mais de dentro
 * 
 * f) Variável
 * 
 */
