import tensorflow as tf

(X_train, y_train), _ = tf.keras.datasets.fashion_mnist.load_data()

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=[28, 28]),
    tf.keras.layers.Dense(100, activation='relu'),
    tf.keras.layers.Dense(10, activation='softmax'),
])
optimizer = tf.keras.optimizers.Nadam(learning_rate=0.01)
loss_fn = tf.keras.losses.sparse_categorical_crossentropy

for step in range(len(X_train) // 32):
    X_batch, y_batch = X_train[step * 32:(step + 1) * 32] / 255., y_train[step * 32:(step + 1) * 32]
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(loss_fn(y_batch, model(X_batch)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
