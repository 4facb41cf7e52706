import java.util.*;

/**
 * Ejercicio 2 del Capítulo 2.
 * Pide el radio y la altura de un cilindro y saca por pantalla su área y
 * su volumen.
 *
 * @author Carlos A. Gómez Urda
 * @version 1.9
 */
public class Ejercicio2_02
{
    public static void main( String args[])
    {
        //Locale.setDefault( Locale.ENGLISH);
        //Scanner entrada = new Scanner( System.in);
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);
        System.out.println( "ÁREA Y VOLUMEN DEL CILINDRO");
        System.out.print( "Radio del cilindro: ");
        double radio = entrada.nextDouble();
        System.out.print( "Altura del cilindro: ");
        double altura = entrada.nextDouble();
        
        double area = radio*radio * Math.PI;
        double volumen = area * altura;

        System.out.println( "Superficie: " + area);
        System.out.println( "Capacidad: " + volumen);
    }
}
