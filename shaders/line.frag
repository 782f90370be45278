#version 330 core

flat in vec2 v_p0;
flat in vec2 v_p1;
flat in float v_half_width;
flat in vec4 v_color;
flat in float v_dashed;
flat in float v_dash_length;
flat in vec4 v_dash;

out vec4 frag_color;

void main() {
    vec2 p = gl_FragCoord.xy;
    vec2 d = v_p1 - v_p0;
    float len2 = dot(d, d);
    float t = len2 > 1e-8 ? clamp(dot(p - v_p0, d) / len2, 0.0, 1.0) : 0.0;
    float dist = length(p - (v_p0 + d * t));
    float coverage = clamp(v_half_width - dist + 0.5, 0.0, 1.0);
    if (v_dashed > 0.5) {
        // Dash position in screen pixels along the curve, continuous across
        // segments (arc length times the local pixels per world unit).
        float along = mix(v_dash.x, v_dash.y, t) * mix(v_dash.z, v_dash.w, t);
        float dash = v_dash_length;
        float period = dash * 1.8;
        float phase = mod(along, period);
        coverage *= clamp(min(phase, dash - phase) + 0.5, 0.0, 1.0);
    }
    if (coverage <= 0.004) discard;
    frag_color = vec4(v_color.rgb, v_color.a * coverage);
}
