import java.util.*;

/**
 * Ejercicio 9 del Capítulo 2: Obtener la aceleración media con la velocidad
 * inicial, la velocidad final y el intervalo de tiempo que escribe el
 * usuario. 
 *
 * @author Carlos A. Gómez Urda
 * @version 1.0
 */
public class Ejercicio2_09
{
    public static void main( String args[])
    {
        Scanner entrada = new Scanner( System.in).useLocale( Locale.ENGLISH);

        System.out.print( "Velocidad al empezar: ");
        double velocidadInicial = entrada.nextDouble();
        System.out.print( "Velocidad al terminar: ");
        double velocidadFinal = entrada.nextDouble();
        System.out.print( "Segundos que han pasado: ");
        double tiempo = entrada.nextDouble();

        double velocidadMedia = (velocidadFinal - velocidadInicial) / tiempo;
        System.out.println( "Aceleración media obtenida: " + velocidadMedia); 
    }
}
