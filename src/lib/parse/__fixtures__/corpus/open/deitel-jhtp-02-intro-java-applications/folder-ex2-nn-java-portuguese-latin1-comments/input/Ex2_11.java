package chapter2;

public class Ex2_11 {
	public static void main(String[] args) {
		System.out.println("See the comments.");
	}
}

/* 2.11
 * 
 * a) CONTÉM, 'p' recebe um valor novo
 * 
 * b) NÃO CONTÉM, aqui só se mostra uma linha de texto
 * 
 * c) NÃO CONTÉM, também só exibe uma linha de texto
 * 
 * d) CONTÉM, 'value' passa a guardar o que o usuário digitou
 * 
 */
