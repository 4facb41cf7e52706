import plotly.graph_objects as go
import numpy as np

# Matrix A of coefficients and right-hand side B
A = np.array([
    [1, -1, 0, 0],
    [0, 1, -3, 0],
    [0, 0, 1, -3],
    [0, 0, 0, 1]
])

B = np.array([-4, -7, -1, -3])

# Find x1, x2, x3, x4
x = np.linalg.solve(A[:, :4], B)

# 3D scatter of x1, x2, x3 with x4 shown as colour
fig = go.Figure(data=[
    go.Scatter3d(
        x=[x[0]],
        y=[x[1]],
        z=[x[2]],
        mode='markers',
        marker=dict(
            size=10,
            color=[x[3]],
            colorscale='Viridis',
            colorbar=dict(title='x4')
        )
    )
])

# Axis names
fig.update_layout(scene=dict(
    xaxis_title='x1',
    yaxis_title='x2',
    zaxis_title='x3'
))

# Display
fig.show()
